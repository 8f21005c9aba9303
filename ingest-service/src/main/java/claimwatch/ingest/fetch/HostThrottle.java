package claimwatch.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one fetch at a time talks to a host, and the next one starts no sooner than a gap after the
 * last request there; waiting counts against the waiting fetch's deadline.
 */
final class HostThrottle {


    /** The right to talk to one host; held by one fetch at a time. */
    static final class Slot {
        private final String host;
        private final ReentrantLock lock = new ReentrantLock(true);
        private long notBeforeNanos = System.nanoTime();
        private boolean retired;
        private boolean used;
        private Duration gap;

        private Slot(String host) {
            this.host = host;
        }

        String host() {
            return host;
        }

        /** Records that a request went out, so the next fetch must keep its distance. */
        void markUsed() {
            used = true;
        }

        void widenGap(Duration crawlDelay) {
            if (crawlDelay.compareTo(gap) > 0) {
                gap = crawlDelay;
            }
        }
    }

    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final Duration minimumGap;
    private final int sweepAbove;
    private final long sweepEveryNanos;
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    HostThrottle(Duration minimumGap) {
        this(minimumGap, 1024, TimeUnit.SECONDS.toNanos(10));
    }

    /** Idle hosts are forgotten once more than {@code sweepAbove} are known, at most every {@code sweepEveryNanos}. */
    HostThrottle(Duration minimumGap, int sweepAbove, long sweepEveryNanos) {
        this.minimumGap = minimumGap;
        this.sweepAbove = sweepAbove;
        this.sweepEveryNanos = sweepEveryNanos;
    }

    Slot acquire(String host, Deadline deadline) throws FetchStop {
        // A slot retired by a sweep between lookup and lock is retried; a sweep retires only idle slots, so this ends.
        for (int attempt = 0; attempt < 8; attempt++) {
            Slot slot = slots.computeIfAbsent(host, Slot::new);
            lock(slot, deadline);
            if (slot.retired) {
                slot.lock.unlock();
                continue;
            }
            long wait = slot.notBeforeNanos - System.nanoTime();
            if (wait > deadline.remainingNanos()) {
                slot.lock.unlock();
                throw FetchStop.failed(FailureReason.TIMEOUT, "next request to " + host + " allowed in "
                        + Durations.nanos(wait) + ", after the deadline");
            }
            if (wait > 0) {
                sleep(slot, wait);
            }
            slot.used = false;
            slot.gap = minimumGap;
            return slot;
        }
        throw FetchStop.failed(FailureReason.IO, "could not take the slot for " + host);
    }

    void release(Slot slot) {
        if (slot.used) {
            slot.notBeforeNanos = System.nanoTime() + slot.gap.toNanos();
        }
        slot.lock.unlock();
        sweepIfCrowded();
    }

    int size() {
        return slots.size();
    }

    private static void lock(Slot slot, Deadline deadline) throws FetchStop {
        try {
            if (!slot.lock.tryLock(deadline.remainingNanos(), TimeUnit.NANOSECONDS)) {
                throw deadline.exceeded("waiting for another fetch from " + slot.host);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchStop.failed(FailureReason.IO, "interrupted waiting for " + slot.host);
        }
    }

    private static void sleep(Slot slot, long nanos) throws FetchStop {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            slot.lock.unlock();
            Thread.currentThread().interrupt();
            throw FetchStop.failed(FailureReason.IO, "interrupted waiting for " + slot.host);
        }
    }

    private void sweepIfCrowded() {
        long last = lastSweep.get();
        long now = System.nanoTime();
        if (slots.size() <= sweepAbove || now - last < sweepEveryNanos || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        for (Slot slot : slots.values()) {
            if (slot.lock.tryLock()) {
                try {
                    if (slot.notBeforeNanos - now < 0 && !slot.lock.hasQueuedThreads()) {
                        slot.retired = true;
                        slots.remove(slot.host, slot);
                    }
                } finally {
                    slot.lock.unlock();
                }
            }
        }
    }
}
