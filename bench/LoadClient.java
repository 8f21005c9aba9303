import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A bounded open-loop load generator for the read API on loopback: requests start on a fixed schedule (rate per
 * second) whether or not earlier ones have answered, so a slow server cannot slow the client down and hide its own
 * queueing (coordinated omission). Latency is measured from when a request was due, not from when it was sent; the
 * time from sending is printed as well.
 *
 * <p>Usage: {@code java -cp ".state/cache/lib/*" bench/LoadClient.java BASE_URL JDBC_URL ENDPOINT RATE SECONDS [WARMUP_SECONDS] [MAX_REQUESTS]},
 * e.g. {@code http://127.0.0.1:8080 jdbc:postgresql://127.0.0.1:5432/claimwatch_api facts 500 60 15}. ENDPOINT is stories, facts,
 * conflicts, claims (q=word), articles, or mix (stories, facts, conflicts and claims in turn). Story ids and search
 * words are sampled from the database (as user claimwatch). Loopback only; at most 600 s, 10,000 requests per second,
 * 1,000,000 requests and 1,000 requests in flight.
 */
public class LoadClient {

    private static final int MAX_IN_FLIGHT = 1_000;
    private static final long HIGHEST = TimeUnit.SECONDS.toNanos(60);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String endpoint = args[2];
        int rate = Math.min(10_000, Integer.parseInt(args[3]));
        int seconds = Math.min(600, Integer.parseInt(args[4]));
        int warmup = args.length > 5 ? Math.min(120, Integer.parseInt(args[5])) : 10;
        long max = args.length > 6 ? Math.min(1_000_000, Long.parseLong(args[6])) : 1_000_000;
        requireLoopback(URI.create(base).getHost());
        requireLoopback(URI.create(jdbc.substring(5)).getHost());

        Targets targets = Targets.sample(jdbc, new Random(5150));
        System.out.printf("sampled %d story ids, %d with conflicts, %d search words%n", targets.stories.size(), targets.conflicted.size(), targets.words.size());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newFixedThreadPool(4)).build();
        Random random = new Random(42);

        if (warmup > 0) {
            System.out.printf("warm-up: %d s at %d/s (not recorded)%n", warmup, rate);
            run(http, base, endpoint, targets, random, rate, warmup, max);
        }
        System.out.printf("measuring: %s at %d requests/s for %d s (at most %,d requests)%n", endpoint, rate, seconds, max);
        Result result = run(http, base, endpoint, targets, random, rate, seconds, max);
        result.print();
        System.exit(0);
    }

    private static Result run(HttpClient http, String base, String endpoint, Targets targets, Random random, int rate, int seconds, long max)
            throws InterruptedException {
        Result result = new Result();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long count = Math.min(max, (long) rate * seconds);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire(5, TimeUnit.SECONDS)) {
                result.abandoned.incrementAndGet();
                break;
            }
            String path = targets.path(endpoint, i, random);
            long sent = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, failure) -> {
                        long done = System.nanoTime();
                        inFlight.release();
                        result.record(path, due, sent, done, failure == null ? response.statusCode() : -1, failure == null ? response.body().length : 0);
                    });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(35);
        while (inFlight.availablePermits() < MAX_IN_FLIGHT && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        result.seconds = (result.lastDone.get() - start) / 1e9;
        return result;
    }

    private static void requireLoopback(String host) {
        if (host == null || !(host.startsWith("127.") || host.equals("localhost") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("the load client only talks to loopback, not " + host);
        }
    }

    /** Latency histograms and counts of one run. */
    static final class Result {

        final Histogram fromDue = new ConcurrentHistogram(HIGHEST, 3);
        final Histogram fromSent = new ConcurrentHistogram(HIGHEST, 3);
        final AtomicLong ok = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong lastDone = new AtomicLong();
        final AtomicLong abandoned = new AtomicLong();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        double seconds;

        void record(String path, long due, long sent, long done, int status, int size) {
            fromDue.recordValue(Math.min(HIGHEST, done - due));
            fromSent.recordValue(Math.min(HIGHEST, done - sent));
            lastDone.accumulateAndGet(done, Math::max);
            if (status == 200) {
                ok.incrementAndGet();
                bytes.addAndGet(size);
            } else {
                errors.computeIfAbsent(status + " " + path.replaceAll("[?/].*", ""), k -> new AtomicLong()).incrementAndGet();
            }
        }

        void print() {
            long total = fromDue.getTotalCount();
            System.out.printf(Locale.ROOT, "requests: %,d answered, %,d with 200, errors %s, abandoned %d%n", total, ok.get(), errors, abandoned.get());
            System.out.printf(Locale.ROOT, "achieved: %.1f requests/s over %.1f s, %.1f KB per answer on average%n", total / seconds, seconds,
                    ok.get() == 0 ? 0.0 : bytes.get() / 1024.0 / ok.get());
            line("latency from due time (corrected for coordinated omission)", fromDue);
            line("latency from send", fromSent);
        }

        private static void line(String title, Histogram histogram) {
            System.out.printf(Locale.ROOT, "%s, ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", title,
                    ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(90)), ms(histogram.getValueAtPercentile(99)),
                    ms(histogram.getValueAtPercentile(99.9)), ms(histogram.getMaxValue()));
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    /** Story ids and search words sampled from the database, and the request paths built from them. */
    record Targets(List<String> stories, List<String> conflicted, List<String> words) {

        private static final List<String> MIX = List.of("stories", "facts", "conflicts", "claims");

        static Targets sample(String jdbc, Random random) throws Exception {
            try (Connection connection = DriverManager.getConnection(jdbc, System.getProperty("user", "claimwatch"), System.getProperty("password", "claimwatch"));
                    Statement sql = connection.createStatement()) {
                List<String> stories = column(sql, "SELECT id FROM story WHERE merged_into IS NULL ORDER BY random() LIMIT 5000");
                List<String> conflicted = column(sql, "SELECT id FROM story WHERE merged_into IS NULL AND conflict_count > 0 ORDER BY random() LIMIT 5000");
                Set<String> words = new LinkedHashSet<>();
                for (String text : column(sql, "SELECT text FROM claim TABLESAMPLE SYSTEM (1) LIMIT 3000")) {
                    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                        if (word.length() >= 4) {
                            words.add(word);
                        }
                    }
                }
                if (stories.isEmpty() || words.isEmpty()) {
                    throw new IllegalStateException("no stories or claims in the database: run bench/ReadModelGenerator.java first");
                }
                List<String> shuffled = new ArrayList<>(words);
                java.util.Collections.shuffle(shuffled, random);
                return new Targets(stories, conflicted.isEmpty() ? stories : conflicted, shuffled);
            }
        }

        private static List<String> column(Statement sql, String query) throws Exception {
            List<String> values = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery(query)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }

        String path(String endpoint, long i, Random random) {
            switch (endpoint) {
                case "mix":
                    return path(MIX.get((int) (i % MIX.size())), i, random);
                case "stories":
                    return "/api/stories";
                case "facts":
                    return "/api/stories/" + stories.get(random.nextInt(stories.size())) + "/facts";
                case "conflicts":
                    return "/api/stories/" + conflicted.get(random.nextInt(conflicted.size())) + "/conflicts";
                case "claims":
                    return "/api/claims?q=" + URLEncoder.encode(words.get(random.nextInt(words.size())), StandardCharsets.UTF_8);
                case "articles":
                    return "/api/articles";
                default:
                    throw new IllegalArgumentException("endpoint must be stories, facts, conflicts, claims, articles or mix, not " + endpoint);
            }
        }
    }
}
