package claimwatch.ingest.feed;

import java.time.Instant;

/** A feed as the API shows it: where it stands and what its polls have brought. */
public record FeedView(long id, String url, String outlet, int pollIntervalSeconds, Instant createdAt, Instant lastPolledAt,
        Instant nextPollAt, String status, String lastError, int consecutiveFailures, Counts counts) {

    /** Running totals since the feed was registered. */
    public record Counts(long polls, long entriesSeen, long articlesPublished, long duplicates, long pageFailures) {
    }

    public static FeedView of(FeedEntity feed) {
        return new FeedView(feed.id, feed.url, feed.outlet, feed.pollIntervalSeconds, feed.createdAt, feed.lastPolledAt, feed.nextPollAt,
                feed.lastOutcome == null ? "pending" : feed.lastOutcome, feed.lastError, feed.consecutiveFailures,
                new Counts(feed.polls, feed.entriesSeen, feed.articlesPublished, feed.duplicates, feed.pageFailures));
    }
}
