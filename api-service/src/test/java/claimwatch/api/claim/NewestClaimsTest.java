package claimwatch.api.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NewestClaimsTest {

    private static final Instant NEWEST = Instant.parse("2026-11-23T21:40:00Z");

    /** A million claims, one every 5.4 s going back from the newest. */
    private static NewestClaims steady() {
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < SearchWindows.SIZES; i++) {
            starts.add(NEWEST.minusMillis(5400L * ((1000L << i) - 1)));
        }
        return new NewestClaims(1_000_000, NEWEST, 1000, starts);
    }

    @Test
    void commonWordsAreWalkedAndRareOnesReadWhole() {
        NewestClaims claims = steady();
        assertTrue(claims.window(60_000, 21, Optional.empty()).isEmpty(), "6% of claims: the newest 350 claims hold a page");
        assertTrue(claims.window(400, 21, Optional.empty()).isEmpty(), "400 matches cost less than a window of 105,000 claims");
        assertTrue(claims.window(0, 21, Optional.empty()).isEmpty(), "nothing to find");
        assertTrue(claims.window(2_000, 21, Optional.empty()).isPresent());
        assertTrue(NewestClaims.NONE.window(2_000, 21, Optional.empty()).isEmpty(), "no claims read yet");
    }

    @Test
    void theWindowHoldsTwiceThePageAtTheExpectedRate() {
        TimeWindow window = steady().window(2_000, 21, Optional.empty()).orElseThrow();
        // 2 × 21 pages of a word in 1 of 500 claims: the newest 21,000 claims, 31.5 hours, as six-hour buckets.
        Instant from = NEWEST.minusMillis(5400L * 20_999);
        assertEquals(TimeWindow.covering(from, NEWEST).orElseThrow().start(), window.start());
        assertTrue(window.end().isAfter(NEWEST));
        assertTrue(Duration.between(window.start(), window.end()).compareTo(Duration.ofHours(30)) > 0);
    }

    @Test
    void belowACursorTheWindowEndsThere() {
        Instant cursor = NEWEST.minus(Duration.ofDays(10));
        TimeWindow window = steady().window(2_000, 21, Optional.of(cursor)).orElseThrow();
        assertTrue(!window.start().isAfter(cursor.minus(Duration.ofHours(31))) && window.end().isAfter(cursor));
        assertTrue(window.end().isBefore(cursor.plus(Duration.ofDays(1))));
        assertEquals(steady().window(2_000, 21, Optional.empty()).orElseThrow().start(),
                steady().window(2_000, 21, Optional.of(NEWEST.plus(Duration.ofDays(400)))).orElseThrow().start(), "a bound ahead changes nothing");
    }

    @Test
    void startsBetweenKnownRanksAreInterpolated() {
        NewestClaims claims = steady();
        assertEquals(NEWEST, claims.startOfNewest(1).orElseThrow());
        assertEquals(claims.starts().get(0), claims.startOfNewest(1000).orElseThrow());
        assertEquals(NEWEST.minusMillis(5400L * 1499), claims.startOfNewest(1500).orElseThrow());
        assertTrue(claims.startOfNewest(256_001).isEmpty(), "beyond the largest window");
    }

    @Test
    void aWindowBeyondTheClaimsThereAreIsNone() {
        NewestClaims few = new NewestClaims(3_000, NEWEST, 1000, List.of(NEWEST.minusSeconds(600), NEWEST.minusSeconds(1200)));
        assertTrue(few.window(50, 21, Optional.empty()).isEmpty(), "a window of 2,520 claims wanted, 2,000 known");
        assertTrue(few.window(70, 21, Optional.empty()).isPresent(), "1,800 wanted");
    }
}
