package claimwatch.api.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anInstantIsInOneBucketOfEachLength() {
        Instant at = Instant.parse("2026-11-23T13:45:10.500Z");
        long seconds = at.getEpochSecond();
        assertArrayEquals(new long[] { 4 * (seconds / 3600), 4 * (seconds / 21600) + 1, 4 * (seconds / 86400) + 2, 4 * (seconds / 691200) + 3 },
                TimeWindow.of(at));
    }

    @Test
    void beforeNineteenSeventyBucketsRoundDown() {
        assertArrayEquals(new long[] { -4, -3, -2, -1 }, TimeWindow.of(Instant.parse("1969-12-31T23:59:59.900Z")));
        assertArrayEquals(new long[] { 0, 1, 2, 3 }, TimeWindow.of(Instant.EPOCH));
    }

    @Test
    void aFewHoursAreCoveredByHours() {
        TimeWindow window = TimeWindow.covering(Instant.parse("2026-11-23T09:15:00Z"), Instant.parse("2026-11-23T13:00:00Z")).orElseThrow();
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), window.start());
        assertEquals(Instant.parse("2026-11-23T14:00:00Z"), window.end(), "the hour of the last instant is covered whole");
        assertEquals(5, window.buckets().length);
        assertTrue(Arrays.stream(window.buckets()).allMatch(bucket -> Math.floorMod(bucket, 4) == 0), "hours");
    }

    @Test
    void longerSpansTakeTheShortestBucketsThatNeedAtMostTwelve() {
        assertLevel(1, Duration.ofHours(12), "twelve hours and a bit need thirteen hours, so quarter days");
        assertLevel(2, Duration.ofDays(5), "five days need twenty quarter days, so days");
        assertLevel(3, Duration.ofDays(40), "forty days need eight-day buckets");
        assertTrue(TimeWindow.covering(NOON.minus(Duration.ofDays(200)), NOON).isEmpty(), "two hundred days are too long for any");
    }

    @Test
    void bucketsAreContiguousAndSpanStartToEnd() {
        for (Duration span : new Duration[] { Duration.ofMinutes(1), Duration.ofHours(30), Duration.ofDays(9), Duration.ofDays(60) }) {
            TimeWindow window = TimeWindow.covering(NOON.minus(span), NOON).orElseThrow();
            long[] buckets = window.buckets();
            int level = (int) Math.floorMod(buckets[0], 4);
            for (int i = 1; i < buckets.length; i++) {
                assertEquals(buckets[i - 1] + 4, buckets[i], "no gap");
            }
            assertEquals(buckets.length * TimeWindow.LENGTHS[level], Duration.between(window.start(), window.end()).getSeconds());
            assertEquals(buckets[0], TimeWindow.of(window.start())[level], "the first bucket begins at the start");
            assertEquals(buckets[buckets.length - 1], TimeWindow.of(window.end().minusNanos(1))[level], "the last ends at the end");
            assertTrue(!window.start().isAfter(NOON.minus(span)) && window.end().isAfter(NOON), span.toString());
        }
    }

    private static void assertLevel(int level, Duration span, String why) {
        TimeWindow window = TimeWindow.covering(NOON.minus(span).plusSeconds(1), NOON).orElseThrow();
        assertTrue(window.buckets().length <= TimeWindow.MOST_BUCKETS, why);
        assertTrue(Arrays.stream(window.buckets()).allMatch(bucket -> Math.floorMod(bucket, 4) == level), why);
    }
}
