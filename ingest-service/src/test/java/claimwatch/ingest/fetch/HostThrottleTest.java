package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostThrottleTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static Deadline seconds(long seconds) {
        return Deadline.after(Duration.ofSeconds(seconds));
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Test
    void secondUseOfAHostWaitsForTheGap() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofMillis(300));
        HostThrottle.Slot first = throttle.acquire("a.example", seconds(5));
        first.markUsed();
        throttle.release(first);

        long start = System.nanoTime();
        HostThrottle.Slot second = throttle.acquire("a.example", seconds(5));
        long waited = millisSince(start);
        throttle.release(second);

        assertTrue(waited >= 250, "waited only " + waited + " ms");
    }

    @Test
    void aSlotReleasedWithoutARequestLeavesNoGap() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofSeconds(5));
        throttle.release(throttle.acquire("a.example", seconds(5)));

        long start = System.nanoTime();
        throttle.release(throttle.acquire("a.example", seconds(5)));

        assertTrue(millisSince(start) < 1000);
    }

    @Test
    void crawlDelayWidensTheGapButNeverNarrowsIt() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofMillis(100));
        HostThrottle.Slot slot = throttle.acquire("a.example", seconds(5));
        slot.markUsed();
        slot.widenGap(Duration.ofMillis(400));
        slot.widenGap(Duration.ofMillis(10));
        throttle.release(slot);

        long start = System.nanoTime();
        throttle.release(throttle.acquire("a.example", seconds(5)));

        assertTrue(millisSince(start) >= 350, "waited only " + millisSince(start) + " ms");
    }

    @Test
    void waitPastTheDeadlineFailsAtOnceAsTimeout() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofSeconds(30));
        HostThrottle.Slot slot = throttle.acquire("a.example", seconds(5));
        slot.markUsed();
        throttle.release(slot);

        long start = System.nanoTime();
        Failed failed = Outcomes.failed(Outcomes.stop(() -> throttle.acquire("a.example", seconds(2))), FailureReason.TIMEOUT);

        assertTrue(millisSince(start) < 500, "should not sleep towards an unreachable slot");
        assertTrue(failed.detail().startsWith("next request to a.example allowed in "), failed.detail());
        assertTrue(failed.detail().endsWith(", after the deadline"), failed.detail());
    }

    @Test
    void busySlotTimesOutAtTheDeadline() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ZERO);
        HostThrottle.Slot held = throttle.acquire("a.example", seconds(5));
        try {
            long start = System.nanoTime();
            Future<FetchOutcome> other = pool.submit(() -> Outcomes.stop(
                    () -> throttle.acquire("a.example", Deadline.after(Duration.ofMillis(300)))));

            Failed failed = Outcomes.failed(other.get(5, TimeUnit.SECONDS), FailureReason.TIMEOUT);
            assertTrue(millisSince(start) >= 250);
            assertEquals("total deadline of 300 ms exceeded waiting for another fetch from a.example", failed.detail());
        } finally {
            throttle.release(held);
        }
    }

    @Test
    void oneFetchAtATimePerHost() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ZERO);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(pool.submit(() -> {
                for (int round = 0; round < 20; round++) {
                    HostThrottle.Slot slot = throttle.acquire("a.example", seconds(10));
                    try {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(1);
                        inside.decrementAndGet();
                    } finally {
                        throttle.release(slot);
                    }
                }
                return null;
            }));
        }
        for (Future<?> task : tasks) {
            task.get(20, TimeUnit.SECONDS);
        }

        assertEquals(1, maxInside.get());
    }

    @Test
    void differentHostsDoNotWaitForEachOther() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofSeconds(30));
        HostThrottle.Slot a = throttle.acquire("a.example", seconds(5));
        CountDownLatch gotB = new CountDownLatch(1);
        pool.submit(() -> {
            HostThrottle.Slot b = throttle.acquire("b.example", seconds(5));
            gotB.countDown();
            throttle.release(b);
            return null;
        });

        assertTrue(gotB.await(2, TimeUnit.SECONDS));
        throttle.release(a);
    }

    @Test
    void idleHostsAreForgottenWhenManyAreKnown() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ZERO, 3, 0);
        for (int i = 0; i < 10; i++) {
            HostThrottle.Slot slot = throttle.acquire("host" + i + ".example", seconds(5));
            slot.markUsed();
            throttle.release(slot);
        }

        assertTrue(throttle.size() <= 3, "size " + throttle.size());
    }

    @Test
    void hostsStillInTheirGapAreRemembered() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofSeconds(30), 1, 0);
        for (int i = 0; i < 5; i++) {
            HostThrottle.Slot slot = throttle.acquire("host" + i + ".example", seconds(5));
            slot.markUsed();
            throttle.release(slot);
        }

        assertEquals(5, throttle.size());
    }

    @Test
    void interruptedWaitGivesUpTheSlotAndKeepsTheInterrupt() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofSeconds(2));
        HostThrottle.Slot slot = throttle.acquire("a.example", seconds(5));
        slot.markUsed();
        throttle.release(slot);

        Future<Boolean> waiter = pool.submit(() -> {
            Thread.currentThread().interrupt();
            Outcomes.failed(Outcomes.stop(() -> throttle.acquire("a.example", seconds(5))), FailureReason.IO);
            return Thread.currentThread().isInterrupted();
        });

        assertTrue(waiter.get(5, TimeUnit.SECONDS));
        Future<?> next = pool.submit(() -> {
            throttle.release(throttle.acquire("a.example", seconds(5)));
            return null;
        });
        next.get(5, TimeUnit.SECONDS);
    }
}
