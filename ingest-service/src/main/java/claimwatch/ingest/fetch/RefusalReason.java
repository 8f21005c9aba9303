package claimwatch.ingest.fetch;

/** Why a fetch was refused; the lower-case name is the metrics tag value. */
public enum RefusalReason {
    SCHEME, ADDRESS, ROBOTS, TOO_LARGE, TOO_MANY_REDIRECTS, CONTENT_TYPE
}
