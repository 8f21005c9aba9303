package claimwatch.ingest.problem;

/** Kafka did not acknowledge an article in time; the client may retry, the id is stable. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
