package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Many threads, a few hosts: per host the uses never overlap and are always at least the gap apart. */
class ThrottlePropertiesTest {

    private record Use(long startNanos, long endNanos) {
    }

    @Test
    void usesOfEachHostAreSerialAndSpacedByTheGap() throws Exception {
        Duration gap = Duration.ofMillis(30);
        HostThrottle throttle = new HostThrottle(gap);
        Map<String, List<Use>> uses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                tasks.add(pool.submit(() -> {
                    for (int round = 0; round < 15; round++) {
                        String host = "h" + ThreadLocalRandom.current().nextInt(3) + ".example";
                        HostThrottle.Slot slot = throttle.acquire(host, Deadline.after(Duration.ofSeconds(30)));
                        long start = System.nanoTime();
                        boolean used = ThreadLocalRandom.current().nextInt(4) > 0;
                        if (used) {
                            slot.markUsed();
                        }
                        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                        long end = System.nanoTime();
                        if (used) {
                            uses.computeIfAbsent(host, key -> new CopyOnWriteArrayList<>()).add(new Use(start, end));
                        }
                        throttle.release(slot);
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (Map.Entry<String, List<Use>> host : uses.entrySet()) {
            List<Use> sorted = new ArrayList<>(host.getValue());
            sorted.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
            for (int i = 1; i < sorted.size(); i++) {
                long spacing = sorted.get(i).startNanos() - sorted.get(i - 1).endNanos();
                assertTrue(spacing >= gap.toNanos(), host.getKey() + " uses only "
                        + TimeUnit.NANOSECONDS.toMillis(spacing) + " ms apart");
            }
        }
    }
}
