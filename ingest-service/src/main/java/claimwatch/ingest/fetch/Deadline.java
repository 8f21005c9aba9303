package claimwatch.ingest.fetch;

import java.time.Duration;

/** The end of one fetch's time budget, on the monotonic clock so wall-clock jumps cannot stretch it. */
final class Deadline {

    private final Duration budget;
    private final long endNanos;

    private Deadline(Duration budget, long endNanos) {
        this.budget = budget;
        this.endNanos = endNanos;
    }

    static Deadline after(Duration budget) {
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    long remainingNanos() {
        return Math.max(0, endNanos - System.nanoTime());
    }

    boolean expired() {
        return endNanos - System.nanoTime() <= 0;
    }

    FetchStop exceeded(String during) {
        return FetchStop.failed(FailureReason.TIMEOUT,
                "total deadline of " + Durations.text(budget) + " exceeded " + during);
    }
}
