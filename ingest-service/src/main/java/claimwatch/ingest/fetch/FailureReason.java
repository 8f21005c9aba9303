package claimwatch.ingest.fetch;

/** Why a fetch failed; the lower-case name is the metrics tag value. */
public enum FailureReason {
    TIMEOUT, DNS, CONNECT, HTTP_STATUS, IO, MALFORMED
}
