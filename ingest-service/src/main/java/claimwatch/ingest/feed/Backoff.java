package claimwatch.ingest.feed;

import java.time.Duration;

/** When to poll a feed next: its interval while it works, doubled for each failure in a row, up to a ceiling. */
final class Backoff {

    private Backoff() {
    }

    static Duration nextInterval(Duration interval, int consecutiveFailures, Duration ceiling) {
        if (consecutiveFailures <= 0) {
            return interval;
        }
        Duration backedOff = interval.multipliedBy(1L << Math.min(consecutiveFailures, 20));
        return backedOff.compareTo(ceiling) > 0 ? ceiling : backedOff;
    }
}
