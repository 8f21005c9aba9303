package claimwatch.api.claim;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Stores {@code claims} a polled batch at a time, in one transaction per batch. A record that can never be stored
 * (invalid, or failing on its own) goes to {@code claims-dlq} and the rest of the batch still commits; a transient
 * failure (the database restarting, a serialization failure) is retried with back-off, holding the partition. The
 * batch is acknowledged, and so its offsets committed, only after the database commit and the dead letters are sent.
 */
@ApplicationScoped
public class ClaimsConsumer {

    public static final String CLAIMS = "claims";

    private static final Logger LOG = Logger.getLogger(ClaimsConsumer.class);
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(500);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(10);

    private final ClaimsMessageReader reader;
    private final ClaimsBatchWriter writer;
    private final DeadLetters deadLetters;
    private final MeterRegistry metrics;

    public ClaimsConsumer(ClaimsMessageReader reader, ClaimsBatchWriter writer, DeadLetters deadLetters, MeterRegistry metrics) {
        this.reader = reader;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @Incoming(CLAIMS)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        return Uni.createFrom().item(() -> store(records))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(TransientFailures::isTransient).invoke(failure -> LOG.warnf("claims batch of %d not stored yet, retrying: %s",
                        records.size(), failure.toString()))
                .onFailure(TransientFailures::isTransient).retry().withBackOff(FIRST_BACK_OFF, MAX_BACK_OFF).indefinitely()
                .chain(dead -> deadLetters.send(dead).onFailure().retry().withBackOff(FIRST_BACK_OFF, MAX_BACK_OFF).indefinitely())
                .chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    private List<DeadLetters.DeadLetter> store(List<KafkaRecord<String, String>> records) {
        List<DeadLetters.DeadLetter> dead = new ArrayList<>();
        List<KafkaRecord<String, String>> readable = new ArrayList<>();
        List<ArticleClaimsMessage> messages = new ArrayList<>();
        for (KafkaRecord<String, String> record : records) {
            try {
                messages.add(reader.read(record.getPayload()));
                readable.add(record);
            } catch (InvalidClaimsMessageException e) {
                dead.add(deadLetter(record, e));
            }
        }
        try {
            count(writer.write(messages));
        } catch (SQLException | RuntimeException batchFailure) {
            rethrowIfTransient(batchFailure);
            LOG.warnf("claims batch of %d failed (%s); storing its records one at a time", messages.size(), batchFailure.toString());
            for (int i = 0; i < messages.size(); i++) {
                try {
                    count(writer.write(List.of(messages.get(i))));
                } catch (SQLException | RuntimeException alone) {
                    rethrowIfTransient(alone);
                    dead.add(deadLetter(readable.get(i), alone));
                }
            }
        }
        metrics.counter("claimwatch.claims.messages", "outcome", "dead").increment(dead.size());
        return dead;
    }

    private void count(List<ClaimsBatchWriter.Outcome> outcomes) {
        outcomes.forEach(outcome -> metrics.counter("claimwatch.claims.messages", "outcome", outcome.name().toLowerCase()).increment());
    }

    private static void rethrowIfTransient(Exception failure) {
        if (TransientFailures.isTransient(failure)) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    private static DeadLetters.DeadLetter deadLetter(KafkaRecord<String, String> record, Throwable reason) {
        long offset = record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L);
        return new DeadLetters.DeadLetter(record.getKey(), record.getPayload(), record.getTopic(), record.getPartition(), offset, reason);
    }
}
