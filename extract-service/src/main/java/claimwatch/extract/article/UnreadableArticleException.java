package claimwatch.extract.article;

/** An {@code articles} record that cannot be extracted; it goes to the dead-letter topic with this message as reason. */
public class UnreadableArticleException extends RuntimeException {

    public UnreadableArticleException(String message) {
        super(message);
    }

    public UnreadableArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
