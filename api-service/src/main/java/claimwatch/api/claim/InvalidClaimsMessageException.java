package claimwatch.api.claim;

/** A {@code claims} record that can never be stored; it goes to the dead-letter topic with this message as reason. */
public class InvalidClaimsMessageException extends RuntimeException {

    public InvalidClaimsMessageException(String message) {
        super(message);
    }

    public InvalidClaimsMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
