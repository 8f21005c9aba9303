import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints every record value of a topic, one per line, from the beginning; stops after two quiet seconds or 60 seconds
 * in all. Arguments: bootstrap (loopback only), topic.
 */
public class DumpTopic {

    public static void main(String[] args) {
        if (args.length != 2 || !(args[0].startsWith("127.") || args[0].startsWith("localhost:"))) {
            System.err.println("usage: DumpTopic 127.0.0.1:PORT TOPIC");
            System.exit(2);
        }
        Properties config = new Properties();
        config.put("bootstrap.servers", args[0]);
        config.put("group.id", "dump-topic-" + System.nanoTime());
        config.put("auto.offset.reset", "earliest");
        config.put("enable.auto.commit", "false");
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long quietSince = System.nanoTime();
        int count = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(args[1]));
            while (System.nanoTime() < deadline && (count == 0 || System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos())) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    System.out.println(record.value());
                    count++;
                    quietSince = System.nanoTime();
                }
            }
        }
        System.err.println(count + " records from " + args[1]);
    }
}
