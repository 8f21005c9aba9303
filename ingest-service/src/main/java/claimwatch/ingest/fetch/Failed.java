package claimwatch.ingest.fetch;

import java.net.URI;

/** A fetch that went wrong on the network or at the server; {@code status} is the HTTP status, or 0 when none. */
public record Failed(URI url, FailureReason reason, String detail, int status) implements FetchOutcome {
}
