package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;

class GuardedXmlReaderTest {

    /** The local names of the start elements the consumer sees. */
    private static List<String> startElements(String xml, GuardedXmlReader reader) throws XMLStreamException {
        List<String> names = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                names.add(reader.getLocalName());
            }
        }
        return names;
    }

    private static GuardedXmlReader reader(String xml, int limit) throws XMLStreamException {
        return new GuardedXmlReader(SecureXml.open(xml), limit);
    }

    @Test
    void entriesPastTheLimitNeverReachTheConsumer() throws Exception {
        String xml = "<rss><channel><item><a/></item><item><b/></item><item><c/></item></channel></rss>";
        GuardedXmlReader reader = reader(xml, 2);
        assertEquals(List.of("rss", "channel", "item", "a", "item", "b"), startElements(xml, reader));
        assertEquals(1, reader.skippedEntries());
    }

    @Test
    void rdfItemsSitBesideTheChannel() throws Exception {
        String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><channel/><item/><item/><item/></rdf:RDF>";
        GuardedXmlReader reader = reader(xml, 1);
        assertEquals(List.of("RDF", "channel", "item"), startElements(xml, reader));
        assertEquals(2, reader.skippedEntries());
    }

    @Test
    void atomEntriesCountOnlyDirectlyUnderTheRoot() throws Exception {
        String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><source><entry/></source></entry><entry/></feed>";
        GuardedXmlReader reader = reader(xml, 1);
        assertEquals(List.of("feed", "entry", "source", "entry"), startElements(xml, reader));
        assertEquals(1, reader.skippedEntries());
    }

    @Test
    void deeperItemsAreContentNotEntries() throws Exception {
        String xml = "<rss><channel><item><list><item/><item/><item/></list></item></channel></rss>";
        GuardedXmlReader reader = reader(xml, 1);
        assertEquals(List.of("rss", "channel", "item", "list", "item", "item", "item"), startElements(xml, reader));
        assertEquals(0, reader.skippedEntries());
    }

    @Test
    void bareDoctypeIsHiddenAndRemembered() throws Exception {
        String xml = "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:1/rss.dtd\"><rss/>";
        GuardedXmlReader reader = reader(xml, 5);
        List<Integer> events = new ArrayList<>();
        while (reader.hasNext()) {
            events.add(reader.next());
        }
        assertFalse(events.contains(XMLStreamConstants.DTD));
        assertTrue(reader.sawDoctype());
    }

    @Test
    void entityReferencesAreRefusedEvenInsideSkippedEntries() throws Exception {
        for (String xml : List.of("<rss><channel><title>&custom;</title></channel></rss>", "<rss><channel><item/><item>&custom;</item></channel></rss>")) {
            GuardedXmlReader reader = reader(xml, 1);
            RefusedXmlException e = assertThrows(RefusedXmlException.class, () -> startElements(xml, reader));
            assertTrue(e.getMessage().contains("&custom;"), e.getMessage());
        }
    }

    @Test
    void refusalIsFoundThroughWrappingExceptions() {
        RefusedXmlException refused = new RefusedXmlException("no");
        assertEquals(refused, RefusedXmlException.findIn(new RuntimeException(new IllegalStateException(refused))));
        assertEquals(refused, RefusedXmlException.findIn(new XMLStreamException("wrapped", refused)));
        assertEquals(null, RefusedXmlException.findIn(new RuntimeException("unrelated")));
    }
}
