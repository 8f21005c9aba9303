package claimwatch.ingest.problem;

/** A request that clashes with what exists, such as a feed registered twice; answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
