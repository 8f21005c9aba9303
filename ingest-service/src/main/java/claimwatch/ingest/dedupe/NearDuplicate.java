package claimwatch.ingest.dedupe;

/** The stored article closest to a fingerprint, and how many bits apart they are. */
public record NearDuplicate(String articleId, int distance) {
}
