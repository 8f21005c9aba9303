package claimwatch.ingest.feed;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader that refuses entity references and stops keeping entries past a limit. Any entity reference other
 * than the five predefined ones and character references is refused (DOCTYPEs that could declare entities were
 * already refused by {@link Prolog}); a bare DOCTYPE (old RSS 0.91 feeds have one) is hidden from the consumer and its
 * DTD never fetched. RSS {@code item} elements within the first two levels and Atom {@code entry} elements directly under
 * the root count as entries; those beyond the limit are read past and never reach the consumer, so a huge feed costs
 * time in proportion to its size but memory only in proportion to the limit.
 */
final class GuardedXmlReader extends StreamReaderDelegate {

    private final int maxEntries;
    private int depth;
    private int entries;
    private int skippedEntries;
    private boolean sawDoctype;

    GuardedXmlReader(XMLStreamReader reader, int maxEntries) {
        super(reader);
        this.maxEntries = maxEntries;
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        while (true) {
            if (event == DTD) {
                sawDoctype = true;
                event = super.next();
            } else if (event == ENTITY_REFERENCE) {
                throw new RefusedXmlException("refused entity reference &" + getLocalName() + "; (only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed)");
            } else if (event == START_ELEMENT && isEntry() && ++entries > maxEntries) {
                skippedEntries++;
                skipElement();
                event = super.next();
            } else {
                break;
            }
        }
        if (event == START_ELEMENT) {
            depth++;
        } else if (event == END_ELEMENT) {
            depth--;
        }
        return event;
    }

    int skippedEntries() {
        return skippedEntries;
    }

    boolean sawDoctype() {
        return sawDoctype;
    }

    private boolean isEntry() {
        String name = getLocalName();
        return (name.equals("item") && depth <= 2) || (name.equals("entry") && depth == 1);
    }

    /** Reads past the current element and everything inside it, still refusing entity references. */
    private void skipElement() throws XMLStreamException {
        int open = 1;
        while (open > 0) {
            int event = super.next();
            if (event == START_ELEMENT) {
                open++;
            } else if (event == END_ELEMENT) {
                open--;
            } else if (event == ENTITY_REFERENCE) {
                throw new RefusedXmlException("refused entity reference &" + getLocalName() + ";");
            }
        }
    }
}
