import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Articles per second through POST /articles/batch to the articles topic, against a running system on loopback.
 *
 * <p>Usage (after ./claimwatch up): {@code java -cp ".state/cache/lib/*" bench/IngestThroughput.java INGEST_URL BOOTSTRAP N}, e.g.
 * {@code http://127.0.0.1:8081 127.0.0.1:9092 5000}. Sends N synthetic 650-word articles in batches of 100 from one client and
 * counts them arriving on the topic. At most 50,000 articles and 10 minutes.
 */
public class IngestThroughput {

    private static final int BATCH = 100;
    private static final int WORDS = 650;
    private static final Duration LIMIT = Duration.ofMinutes(10);

    public static void main(String[] args) throws Exception {
        String ingest = args[0];
        String bootstrap = args[1];
        int n = Math.min(50_000, Integer.parseInt(args[2]));
        if (!URI.create(ingest).getHost().startsWith("127.") && !URI.create(ingest).getHost().equals("localhost")) {
            throw new IllegalArgumentException("benchmarks only talk to loopback");
        }
        AtomicLong arrived = new AtomicLong();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        Thread counter = new Thread(() -> count(bootstrap, n, arrived, deadline));
        counter.start();
        Thread.sleep(2000);

        HttpClient http = HttpClient.newHttpClient();
        // A fresh seed and run id: articles from an earlier run would all be refused as duplicates.
        long run = System.nanoTime();
        Random random = new Random(run);
        long start = System.nanoTime();
        int accepted = 0;
        for (int sent = 0; sent < n && System.nanoTime() < deadline; sent += BATCH) {
            StringBuilder body = new StringBuilder("{\"articles\": [");
            for (int i = sent; i < Math.min(n, sent + BATCH); i++) {
                body.append(i == sent ? "" : ",").append("{\"text\": \"Run ").append(run).append(". ").append(article(random, i)).append("\", \"outlet\": \"Bench Wire\"}");
            }
            body.append("]}");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ingest + "/articles/batch"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            accepted += Math.min(BATCH, n - sent);
        }
        double acceptSeconds = (System.nanoTime() - start) / 1e9;
        counter.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        double topicSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("articles: %d, words each: %d, batch: %d%n", accepted, WORDS, BATCH);
        System.out.printf("accepted (202, stored, queued in the outbox): %.0f articles/s (%.1f s)%n", accepted / acceptSeconds, acceptSeconds);
        System.out.printf("on the articles topic: %d of %d, %.0f articles/s end to end (%.1f s)%n", arrived.get(), accepted,
                arrived.get() / topicSeconds, topicSeconds);
    }

    private static void count(String bootstrap, int expected, AtomicLong arrived, long deadline) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("articles").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (arrived.get() < expected && System.nanoTime() < deadline) {
                arrived.addAndGet(consumer.poll(Duration.ofMillis(200)).count());
            }
        }
    }

    /** A unique, plausible article: numbers and words drawn at random, so no two are near-duplicates. */
    private static String article(Random random, int index) {
        String[] words = { "port", "ferry", "contract", "minister", "said", "the", "of", "and", "council", "budget", "vote", "analysts",
                "shipyard", "region", "report", "audit", "million", "euros", "workers", "deal", "signed", "new", "routes", "passengers",
                "fleet", "tender", "bids", "cost", "rise", "percent", "year", "week", "harbour", "engineers", "delay", "opposition" };
        StringBuilder text = new StringBuilder("Article ").append(index).append(". ");
        for (int i = 0; i < WORDS; i++) {
            text.append(i % 13 == 0 ? Integer.toString(random.nextInt(10_000)) : words[random.nextInt(words.length)]);
            text.append(i % 17 == 16 ? ". " : " ");
        }
        return text.toString();
    }
}
