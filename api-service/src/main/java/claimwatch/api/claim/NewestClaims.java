package claimwatch.api.claim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many claims there are and when the newest ones were reported: {@code starts.get(i)} is the reported time of the
 * ({@code smallest} × 2<sup>i</sup>)-th newest claim. It chooses how far back a text search looks first.
 */
record NewestClaims(double claims, Instant newest, int smallest, List<Instant> starts) {

    static final NewestClaims NONE = new NewestClaims(0, Instant.EPOCH, 1, List.of());

    /** A query matching so many claims that {@code fetch} of them lie among this many newest: walk them in order. */
    static final int WALK_AT_MOST = 500;
    /**
     * A query matching fewer than sqrt(fetch × claims / RARE) claims: read all its matches. Reading the newest hours costs
     * about 8 ns per claim in them, reading a match about 1.3 µs (1M claims, BENCHMARKS.md), so below this a window holding
     * twice {@code fetch} matches costs more than all the matches.
     */
    static final int RARE = 50;

    /**
     * The newest buckets to search first for a query expected to match {@code matches} claims, among claims reported at
     * or before {@code upTo} when given: a window expected to hold twice {@code fetch} matches. Empty when reading in plain
     * order is cheaper, or when there are too few claims to tell.
     */
    Optional<TimeWindow> window(double matches, int fetch, Optional<Instant> upTo) {
        if (starts.isEmpty() || matches <= 0 || fetch * claims / matches <= WALK_AT_MOST || matches * matches < fetch * claims / RARE) {
            return Optional.empty();
        }
        return startOfNewest(2 * fetch * claims / matches).flatMap(start -> {
            Instant anchor = upTo.filter(newest::isAfter).orElse(newest);
            return TimeWindow.covering(anchor.minus(Duration.between(start, newest)), anchor);
        });
    }

    /** When the {@code count} newest claims begin, between the two known starts around it (the newest claim is the first). */
    Optional<Instant> startOfNewest(double count) {
        double rank = 1;
        Instant time = newest;
        for (int i = 0; i < starts.size(); i++) {
            double next = (double) smallest * (1L << i);
            if (count <= next) {
                double share = (count - rank) / (next - rank);
                long back = Duration.between(starts.get(i), time).toMillis();
                return Optional.of(time.minusMillis(Math.round(share * back)));
            }
            rank = next;
            time = starts.get(i);
        }
        return Optional.empty();
    }
}
