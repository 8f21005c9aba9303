package claimwatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TestServersTest {

    @Test
    void brokerDeliversWhatWasProduced() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start()) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("probe", "k1", "hello")).get();
                producer.send(new ProducerRecord<>("probe", "k1", "again")).get();
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "probe-reader",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("probe"));
                List<String> values = new ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (values.size() < 2 && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        values.add(record.value());
                    }
                }
                assertEquals(List.of("hello", "again"), values);
            }
        }
    }

    @Test
    void postgresCreatesSeparateDatabases() throws Exception {
        try (PostgresServer server = PostgresServer.start()) {
            String first = server.createDatabase("first_db");
            String second = server.createDatabase("second_db");
            assertEquals(first, server.createDatabase("first_db"), "creating twice is harmless");
            try (Connection connection = DriverManager.getConnection(second, server.username(), server.password());
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT current_database()")) {
                rows.next();
                assertEquals("second_db", rows.getString(1));
            }
        }
    }
}
