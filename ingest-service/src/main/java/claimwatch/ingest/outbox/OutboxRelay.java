package claimwatch.ingest.outbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import claimwatch.ingest.IngestConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Moves outbox messages to Kafka: a batch is locked, sent, and deleted only once the broker has acknowledged every
 * message of it, all in one transaction. When Kafka is down the batch stays and is tried again on the next run, so
 * an accepted article is never lost; it may be sent twice after a crash, which the consumers tolerate.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The channel the relay sends through; each message names its own topic. */
    public static final String CHANNEL = "articles";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final MutinyEmitter<String> emitter;
    private final IngestConfig config;
    private final AtomicLong pending = new AtomicLong();
    private final MeterRegistry metrics;

    public OutboxRelay(Outbox outbox, @Channel(CHANNEL) MutinyEmitter<String> emitter, IngestConfig config, MeterRegistry metrics) {
        this.outbox = outbox;
        this.emitter = emitter;
        this.config = config;
        this.metrics = metrics;
        metrics.gauge("claimwatch.ingest.outbox.pending", pending);
    }

    @Scheduled(every = "${ingest.outbox.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            for (int batches = 0; batches < config.outbox().maxBatchesPerRun(); batches++) {
                if (relayBatch() < config.outbox().batchSize()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            metrics.counter("claimwatch.ingest.outbox.failures").increment();
            LOG.warnf("Outbox relay could not reach Kafka, will retry: %s", e.getMessage());
        } finally {
            pending.set(QuarkusTransaction.requiringNew().call(outbox::count));
        }
    }

    private int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxEntity> batch = outbox.lockOldest(config.outbox().batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            List<Uni<Void>> sends = batch.stream().map(this::send).toList();
            Uni.join().all(sends).andFailFast().await().atMost(config.publishTimeout());
            outbox.remove(batch);
            metrics.counter("claimwatch.ingest.outbox.relayed").increment(batch.size());
            return batch.size();
        });
    }

    private Uni<Void> send(OutboxEntity entry) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(entry.topic)
                .withKey(entry.messageKey)
                .build();
        return emitter.sendMessage(Message.of(entry.payload).addMetadata(metadata));
    }
}
