package claimwatch.api.claim;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends records that can never be stored to {@code claims-dlq}: the original key and value, with the reason in the
 * header {@code dead-letter-reason} and where it came from in {@code dead-letter-topic}, {@code -partition} and
 * {@code -offset} (the header names of SmallRye's dead-letter strategy, so readers of either see the same).
 */
@ApplicationScoped
public class DeadLetters {

    public static final String CLAIMS_DLQ = "claims-dlq";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** A record that cannot be stored, and why. */
    public record DeadLetter(String key, String value, String topic, int partition, long offset, Throwable reason) {
    }

    private final MutinyEmitter<String> emitter;

    public DeadLetters(@Channel(CLAIMS_DLQ) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Completes when the broker has every dead letter. */
    public Uni<Void> send(List<DeadLetter> letters) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (DeadLetter letter : letters) {
            all = all.chain(() -> send(letter));
        }
        return all;
    }

    private Uni<Void> send(DeadLetter letter) {
        LOG.warnf("claims record %s-%d@%d (key %s) goes to %s: %s", letter.topic(), letter.partition(), letter.offset(), letter.key(), CLAIMS_DLQ,
                letter.reason().getMessage());
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(letter.key())
                .addHeaders(header("dead-letter-reason", String.valueOf(letter.reason().getMessage())),
                        header("dead-letter-cause", letter.reason().getClass().getName()),
                        header("dead-letter-topic", letter.topic()),
                        header("dead-letter-partition", Integer.toString(letter.partition())),
                        header("dead-letter-offset", Long.toString(letter.offset())))
                .build();
        return emitter.sendMessage(Message.of(letter.value()).addMetadata(metadata));
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }
}
