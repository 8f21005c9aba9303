package claimwatch.ingest.clean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import claimwatch.ingest.metadata.LanguageDetector;
import claimwatch.ingest.metadata.MetadataExtractor;

/**
 * Pages cleaned per second on one thread over samples/articles: ArticleCleaner alone, and ArticleCleaner followed by
 * MetadataExtractor.fromHtml. Warms up, then times several rounds and prints each round and the median, by wall clock
 * and by the thread's own CPU time (the fairer figure on a shared machine). Arguments: [rounds] [passes per round] [warm-up passes].
 */
public final class CleaningBenchmark {

    private CleaningBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        List<Path> files = Samples.articlePages();
        List<String> pages = files.stream().map(Samples::read).toList();
        ArticleCleaner cleaner = new ArticleCleaner();
        MetadataExtractor extractor = new MetadataExtractor(LanguageDetector.load());
        Instant fetchedAt = Instant.parse("2024-06-14T10:00:00Z");

        System.out.printf(Locale.ROOT, "%d pages from %s, %d warm-up passes, %d rounds of %d passes, one thread, %s %s, %d processors%n",
                pages.size(), Samples.root().resolve("articles"), warmUp, rounds, passes, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        run("ArticleCleaner", pages, rounds, passes, warmUp, html -> cleaner.clean(html, null));
        run("ArticleCleaner + MetadataExtractor", pages, rounds, passes, warmUp,
                html -> extractor.fromHtml(html, null, cleaner.clean(html, null).text(), fetchedAt));
    }

    private static void run(String name, List<String> pages, int rounds, int passes, int warmUp, Consumer<String> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmUp; i++) {
            pages.forEach(work);
        }
        List<double[]> results = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int i = 0; i < passes; i++) {
                pages.forEach(work);
            }
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            int done = passes * pages.size();
            results.add(new double[] {done / wallSeconds, done / cpuSeconds});
            System.out.printf(Locale.ROOT, "  %-36s round %d: %7.1f pages/s wall (%6.2f ms/page), %7.1f pages/s CPU (%6.2f ms/page)%n", name,
                    round + 1, done / wallSeconds, 1000 * wallSeconds / done, done / cpuSeconds, 1000 * cpuSeconds / done);
        }
        double wall = median(results.stream().mapToDouble(result -> result[0]).toArray());
        double cpu = median(results.stream().mapToDouble(result -> result[1]).toArray());
        System.out.printf(Locale.ROOT, "%-38s median: %7.1f pages/s wall (%6.2f ms/page), %7.1f pages/s per CPU-second (%6.2f ms/page)%n", name,
                wall, 1000 / wall, cpu, 1000 / cpu);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
