package claimwatch.ingest.feed;

/** A feed body that cannot be read as a feed; the message is a short reason fit to show an operator. */
public class FeedParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
