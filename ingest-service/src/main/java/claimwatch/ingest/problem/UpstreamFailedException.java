package claimwatch.ingest.problem;

/** A page a client asked for could not be fetched from its server; answered with 502. */
public class UpstreamFailedException extends RuntimeException {

    public UpstreamFailedException(String message) {
        super(message);
    }
}
