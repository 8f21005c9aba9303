package claimwatch.extract.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import claimwatch.testing.Contracts;
import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.TopicClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ArticleProcessorTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicClient kafka;

    @BeforeEach
    void connect() {
        kafka = new TopicClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void everyContractExampleBecomesAClaimsMessageThatConformsToItsContract() {
        for (Contracts.Example example : Contracts.examples("articles")) {
            String id = Contracts.parse(example.json()).get("id").asText();
            kafka.send("articles", id, example.json());
            ConsumerRecord<String, String> claims = kafka.awaitRecord("claims", id, PATIENCE);
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
        kafka.send("articles", id, article);
        JsonNode claims = Contracts.parse(kafka.awaitRecord("claims", id, PATIENCE).value()).get("claims");
        assertEquals(2, claims.size());
        assertEquals("The contract is worth 430 million euros.", claims.get(0).get("text").asText());
        assertEquals("It covers 41 vessels.", claims.get(1).get("text").asText());
    }

    @Test
    void timeInTheExtractorIsMeasured() {
        String id = freshId();
        kafka.send("articles", id, articleJson(id, "The board approved 14 new cranes for the terminal on Tuesday."));
        kafka.awaitRecord("claims", id, PATIENCE);
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        double count = metrics.lines().filter(line -> line.startsWith("claimwatch_extract_extraction_seconds_count"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(0);
        assertTrue(count >= 1, "extractions counted: " + count);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithAReasonAndTheServiceGoesOn() {
        String malformedKey = freshId();
        String tooLongKey = freshId();
        String goodKey = freshId();
        kafka.send("articles", malformedKey, "{not json");
        kafka.send("articles", tooLongKey, articleJson(tooLongKey, "41 ".repeat(10_000)));
        kafka.send("articles", goodKey, articleJson(goodKey, "After the poison, 3 claims still flow."));

        ConsumerRecord<String, String> malformed = kafka.awaitRecord("articles-dlq", malformedKey, PATIENCE);
        assertEquals("{not json", malformed.value());
        assertTrue(header(malformed, "dead-letter-reason").contains("not an article message"));
        assertTrue(header(kafka.awaitRecord("articles-dlq", tooLongKey, PATIENCE), "dead-letter-reason").contains("max-text-chars"));
        assertEquals(1, Contracts.parse(kafka.awaitRecord("claims", goodKey, PATIENCE).value()).get("claims").size());
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

}
