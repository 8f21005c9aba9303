package claimwatch.ingest.feed;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;

/**
 * Time, bytes allocated and heap retained by one parse, for printed figures (never asserted). Retained heap is the
 * used heap after a GC with the result still reachable, minus the used heap after a GC before the parse: rough, but
 * it shows whether a feed's skipped entries were kept.
 */
record ParseCost(long millis, long allocatedBytes, long retainedBytes) {

    static <T> Measured<T> of(Callable<T> parse) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = usedAfterGc();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        T result = parse.call();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        long retained = usedAfterGc() - before;
        return new Measured<>(result, new ParseCost(millis, allocated, retained));
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Override
    public String toString() {
        return String.format("%d ms, %.1f MB allocated, %.1f MB retained", millis, allocatedBytes / 1e6, retainedBytes / 1e6);
    }

    record Measured<T>(T result, ParseCost cost) {
    }
}
