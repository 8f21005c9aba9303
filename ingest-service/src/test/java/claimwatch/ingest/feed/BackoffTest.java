package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final Duration SIX_HOURS = Duration.ofHours(6);

    @Test
    void workingFeedKeepsItsInterval() {
        assertEquals(TEN_MINUTES, Backoff.nextInterval(TEN_MINUTES, 0, SIX_HOURS));
    }

    @Test
    void eachFailureDoublesTheWait() {
        assertEquals(Duration.ofMinutes(20), Backoff.nextInterval(TEN_MINUTES, 1, SIX_HOURS));
        assertEquals(Duration.ofMinutes(40), Backoff.nextInterval(TEN_MINUTES, 2, SIX_HOURS));
        assertEquals(Duration.ofMinutes(160), Backoff.nextInterval(TEN_MINUTES, 4, SIX_HOURS));
    }

    @Test
    void waitNeverExceedsTheCeilingEvenAfterManyFailures() {
        assertEquals(SIX_HOURS, Backoff.nextInterval(TEN_MINUTES, 6, SIX_HOURS));
        assertEquals(SIX_HOURS, Backoff.nextInterval(TEN_MINUTES, 1000, SIX_HOURS));
        assertEquals(SIX_HOURS, Backoff.nextInterval(Duration.ofDays(7), 1, SIX_HOURS));
    }
}
