package claimwatch.api.claim;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * A span of reported time as whole buckets of {@code claim_time_buckets} (V6): hours, quarter days, days or eight days
 * since 1970 in UTC, the bucket numbered 4 × index + level. {@code start} is inclusive, {@code end} exclusive.
 */
record TimeWindow(Instant start, Instant end, long[] buckets) {

    /** Bucket lengths in seconds, by level. */
    static final long[] LENGTHS = { 3600, 6 * 3600, 24 * 3600, 8 * 24 * 3600 };
    /** More buckets than this cost more to read in the text index than the matches their precision saves. */
    static final int MOST_BUCKETS = 12;

    /** The fewest buckets of one length, the shortest that needs at most {@value #MOST_BUCKETS}, covering from..to inclusive. */
    static Optional<TimeWindow> covering(Instant from, Instant to) {
        for (int level = 0; level < LENGTHS.length; level++) {
            long length = LENGTHS[level];
            long first = Math.floorDiv(from.getEpochSecond(), length);
            long last = Math.floorDiv(to.getEpochSecond(), length);
            if (last - first < MOST_BUCKETS) {
                int tag = level;
                return Optional.of(new TimeWindow(Instant.ofEpochSecond(first * length), Instant.ofEpochSecond((last + 1) * length),
                        LongStream.rangeClosed(first, last).map(index -> 4 * index + tag).toArray()));
            }
        }
        return Optional.empty();
    }

    /** The buckets of one instant, as {@code claim_time_buckets} gives them. */
    static long[] of(Instant instant) {
        return LongStream.range(0, LENGTHS.length)
                .map(level -> 4 * Math.floorDiv(instant.getEpochSecond(), LENGTHS[(int) level]) + level).toArray();
    }
}
