package claimwatch.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Sends string records to a topic and waits for one by key, for tests against a real broker. */
public final class TopicClient implements AutoCloseable {

    private final KafkaCompanion kafka;

    public TopicClient(String bootstrapServers) {
        this.kafka = new KafkaCompanion(bootstrapServers);
    }

    public void send(String topic, String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion();
    }

    /** The first record with this key on the topic, read from the beginning; fails after {@code patience}. */
    public ConsumerRecord<String, String> awaitRecord(String topic, String key, Duration patience) {
        ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(topic);
        try {
            await().atMost(patience).until(() -> task.getRecords().stream().anyMatch(record -> key.equals(record.key())));
            return task.getRecords().stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
        } finally {
            task.stop();
        }
    }

    /** Every record with this key that the topic holds, read from the beginning for {@code settle}. */
    public List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key, Duration settle) {
        ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(topic);
        try {
            LocalProcesses.sleep(settle.toMillis());
            return task.getRecords().stream().filter(record -> key.equals(record.key())).toList();
        } finally {
            task.stop();
        }
    }

    @Override
    public void close() {
        kafka.close();
    }
}
