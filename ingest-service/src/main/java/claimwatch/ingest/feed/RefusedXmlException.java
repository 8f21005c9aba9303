package claimwatch.ingest.feed;

import javax.xml.stream.XMLStreamException;

/** Thrown from inside an XML read when the document is well-formed but uses a construct feeds may not use. */
final class RefusedXmlException extends XMLStreamException {

    private static final long serialVersionUID = 1L;

    RefusedXmlException(String reason) {
        super(reason);
    }

    /** The refusal somewhere in a chain of wrapping exceptions, if any. */
    static RefusedXmlException findIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RefusedXmlException refused) {
                return refused;
            }
            if (cause instanceof XMLStreamException stream && stream.getNestedException() instanceof RefusedXmlException refused) {
                return refused;
            }
        }
        return null;
    }
}
