package claimwatch.extract.article;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import claimwatch.testing.Contracts;
import claimwatch.testing.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ArticleProcessorTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void everyContractExampleBecomesAClaimsMessageThatConformsToItsContract() {
        for (Contracts.Example example : Contracts.examples("articles")) {
            String id = Contracts.parse(example.json()).get("id").asText();
            kafka.produceStrings().fromRecords(new ProducerRecord<>("articles", id, example.json())).awaitCompletion();
            ConsumerRecord<String, String> claims = awaitRecord("claims", id);
            assertEquals(List.of(), Contracts.violations("claims", claims.value()), example.name());
            JsonNode message = Contracts.parse(claims.value());
            assertEquals(id, message.get("articleId").asText());
            assertEquals(Contracts.parse(example.json()).get("text").asText(), message.get("article").get("text").asText());
        }
    }

    @Test
    void claimsAreTheSentencesWithNumbers() {
        String id = freshId();
        String article = articleJson(id, "Ferry deal signed\\n\\nThe contract is worth 430 million euros. Officials cheered. It covers 41 vessels.");
        kafka.produceStrings().fromRecords(new ProducerRecord<>("articles", id, article)).awaitCompletion();
        JsonNode claims = Contracts.parse(awaitRecord("claims", id).value()).get("claims");
        assertEquals(2, claims.size());
        assertEquals("The contract is worth 430 million euros.", claims.get(0).get("text").asText());
        assertEquals("It covers 41 vessels.", claims.get(1).get("text").asText());
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithAReasonAndTheServiceGoesOn() {
        String malformedKey = freshId();
        String tooLongKey = freshId();
        String goodKey = freshId();
        kafka.produceStrings().fromRecords(
                new ProducerRecord<>("articles", malformedKey, "{not json"),
                new ProducerRecord<>("articles", tooLongKey, articleJson(tooLongKey, "41 ".repeat(10_000))),
                new ProducerRecord<>("articles", goodKey, articleJson(goodKey, "After the poison, 3 claims still flow."))).awaitCompletion();

        ConsumerRecord<String, String> malformed = awaitRecord("articles-dlq", malformedKey);
        assertEquals("{not json", malformed.value());
        assertTrue(header(malformed, "dead-letter-reason").contains("not an article message"));
        assertTrue(header(awaitRecord("articles-dlq", tooLongKey), "dead-letter-reason").contains("max-text-chars"));
        assertEquals(1, Contracts.parse(awaitRecord("claims", goodKey).value()).get("claims").size());
    }

    private static String freshId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String articleJson(String id, String text) {
        return "{\"id\": \"" + id + "\", \"ingestedAt\": \"2024-03-12T09:00:00Z\", \"text\": \"" + text
                + "\", \"contentHash\": \"sha256:" + "0".repeat(64) + "\"}";
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(topic);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> task.getRecords().stream().anyMatch(r -> key.equals(r.key())));
            return task.getRecords().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        } finally {
            task.stop();
        }
    }
}
