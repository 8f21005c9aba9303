package claimwatch.extract.reprocess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.extract.article.ArticleMessage;
import claimwatch.extract.article.ArticleReader;
import claimwatch.extract.article.UnreadableArticleException;
import claimwatch.extract.claim.ArticleClaimsMessage;
import claimwatch.extract.claim.ClaimExtractor;

/**
 * One replay: reads {@code articles} from the beginning up to the end offsets it found when it started, extracts
 * each article with the current extractor and publishes the claims, so the api replaces older versions. Records that
 * cannot be read were dead-lettered when first consumed; the replay counts and skips them.
 */
final class ArticleReplay {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int MAX_IDLE_POLLS = 120;

    private final String id;
    private final String bootstrapServers;
    private final ArticleReader reader;
    private final ClaimExtractor extractor;
    private final ObjectMapper json;
    private final Clock clock;
    private final Instant startedAt;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile String status = "running";
    private volatile String error;
    private volatile Instant finishedAt;

    ArticleReplay(String id, String bootstrapServers, ArticleReader reader, ClaimExtractor extractor, ObjectMapper json, Clock clock) {
        this.id = id;
        this.bootstrapServers = bootstrapServers;
        this.reader = reader;
        this.extractor = extractor;
        this.json = json;
        this.clock = clock;
        this.startedAt = Instant.now(clock);
    }

    ReplayProgress progress() {
        return new ReplayProgress(id, status, extractor.name(), extractor.version(), startedAt, finishedAt, total.get(), read.get(),
                published.get(), skipped.get(), error);
    }

    boolean running() {
        return status.equals("running");
    }

    void run() {
        try (KafkaConsumer<String, String> consumer = consumer(); KafkaProducer<String, String> producer = producer()) {
            List<TopicPartition> partitions = consumer.partitionsFor("articles").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            total.set(partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum());
            int idle = 0;
            while (!done(consumer, partitions, end) && idle < MAX_IDLE_POLLS) {
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                int polled = 0;
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    polled++;
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        replay(record, producer).ifPresent(sends::add);
                    }
                }
                idle = polled == 0 ? idle + 1 : 0;
                for (Future<RecordMetadata> send : sends) {
                    send.get();
                }
                published.addAndGet(sends.size());
            }
            status = done(consumer, partitions, end) ? "done" : "failed";
            error = status.equals("failed") ? "the articles topic stopped delivering before its end offsets" : null;
        } catch (Exception e) {
            status = "failed";
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            finishedAt = Instant.now(clock);
        }
    }

    private Optional<Future<RecordMetadata>> replay(ConsumerRecord<String, String> record, KafkaProducer<String, String> producer)
            throws Exception {
        read.incrementAndGet();
        ArticleMessage article;
        try {
            article = reader.read(record.value());
        } catch (UnreadableArticleException e) {
            skipped.incrementAndGet();
            return java.util.Optional.empty();
        }
        ArticleClaimsMessage claims = ArticleClaimsMessage.of(article, extractor,
                extractor.extract(article.id(), article.text(), article.publishedAt()), Instant.now(clock));
        return java.util.Optional.of(producer.send(new ProducerRecord<>("claims", article.id(), json.writeValueAsString(claims))));
    }

    private static boolean done(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"), new StringSerializer(), new StringSerializer());
    }
}
