package claimwatch.api.claim;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * A span of reported time as whole hours or whole days, named as {@code claim_time_buckets} (V6) names them: even
 * numbers are hours since 1970, odd ones days, in UTC. {@code start} is inclusive, {@code end} exclusive.
 */
record TimeWindow(Instant start, Instant end, long[] buckets) {

    /** More buckets than this make the text index slower to read than the matches they save reading. */
    static final int MOST_HOURS = 48;
    static final int MOST_DAYS = 64;

    private static final long HOUR = 3600;
    private static final long DAY = 86400;

    /** The fewest whole hours, else days, that cover {@code from} to {@code to}, both inclusive, if not too many. */
    static Optional<TimeWindow> covering(Instant from, Instant to) {
        long first = Math.floorDiv(from.getEpochSecond(), HOUR);
        long last = Math.floorDiv(to.getEpochSecond(), HOUR);
        if (last - first < MOST_HOURS) {
            return Optional.of(new TimeWindow(Instant.ofEpochSecond(first * HOUR), Instant.ofEpochSecond((last + 1) * HOUR),
                    LongStream.rangeClosed(first, last).map(hour -> 2 * hour).toArray()));
        }
        first = Math.floorDiv(from.getEpochSecond(), DAY);
        last = Math.floorDiv(to.getEpochSecond(), DAY);
        if (last - first < MOST_DAYS) {
            return Optional.of(new TimeWindow(Instant.ofEpochSecond(first * DAY), Instant.ofEpochSecond((last + 1) * DAY),
                    LongStream.rangeClosed(first, last).map(day -> 2 * day + 1).toArray()));
        }
        return Optional.empty();
    }

    static long hourOf(Instant instant) {
        return 2 * Math.floorDiv(instant.getEpochSecond(), HOUR);
    }

    static long dayOf(Instant instant) {
        return 2 * Math.floorDiv(instant.getEpochSecond(), DAY) + 1;
    }
}
