package claimwatch.api.claim;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import claimwatch.api.article.ArticleRepository;
import claimwatch.testing.Contracts;
import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.TopicClient;
import claimwatch.testing.PostgresTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimsConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MeterRegistry metrics;

    @Inject
    ArticleRepository articles;

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
    void storesEveryContractExampleAndKeepsTheHighestVersion() {
        double unchangedBefore = unchanged();
        for (Contracts.Example example : Contracts.examples("claims")) {
            send(Contracts.parse(example.json()).get("articleId").asText(), example.json());
        }
        // The examples go out in file order: version 2 of 3f9a... (newer-version.json) before version 1 (two-claims.json).
        awaitArticle("0b1c2d3e4f5061728394a5b6c7d8e9f0");
        given().get("/api/articles/0b1c2d3e4f5061728394a5b6c7d8e9f0").then().statusCode(200).body("claims.size()", equalTo(0));
        awaitArticle("3f9a1c2be84d47a0b6e2d5c1f0a9b877");
        await().atMost(PATIENCE).until(() -> unchanged() > unchangedBefore);
        given().get("/api/articles/3f9a1c2be84d47a0b6e2d5c1f0a9b877").then().statusCode(200)
                .body("extractorVersion", equalTo(2))
                .body("outlet", equalTo("Harbor Times"))
                .body("claims.size()", equalTo(1))
                .body("claims[0].text", equalTo("It covers 41 vessels."))
                .body("claims[0].span.start", equalTo(116));
    }

    @Test
    void redeliveryChangesNothing() {
        String id = ClaimsMessages.freshArticleId();
        String message = ClaimsMessages.json(id, 1, "2024-03-12T09:00:00Z", List.of("The deal is worth 430 million euros.", "It covers 41 vessels."));
        send(id, message);
        awaitArticle(id);
        Instant storedAt = updatedAt(id);
        double unchangedBefore = unchanged();

        send(id, message);
        await().atMost(PATIENCE).until(() -> unchanged() > unchangedBefore);

        assertEquals(storedAt, updatedAt(id));
        given().get("/api/articles/" + id).then().body("claims.size()", equalTo(2));
    }

    @Test
    void newerVersionReplacesTheClaimsAndAnOlderOneIsIgnored() {
        String id = ClaimsMessages.freshArticleId();
        send(id, ClaimsMessages.json(id, 1, "2024-03-12T09:00:00Z", List.of("It covers 41 vessels.", "Worth 430 million.")));
        awaitArticle(id);

        send(id, ClaimsMessages.json(id, 2, "2024-03-12T09:00:00Z", List.of("It covers 42 vessels.")));
        await().atMost(PATIENCE).until(() -> given().get("/api/articles/" + id).path("extractorVersion").equals(2));
        given().get("/api/articles/" + id).then().body("claims.text", equalTo(List.of("It covers 42 vessels.")));

        double unchangedBefore = unchanged();
        send(id, ClaimsMessages.json(id, 1, "2024-03-12T09:00:00Z", List.of("It covers 41 vessels.", "Worth 430 million.")));
        await().atMost(PATIENCE).until(() -> unchanged() > unchangedBefore);
        given().get("/api/articles/" + id).then().body("extractorVersion", equalTo(2)).body("claims.size()", equalTo(1));
    }

    @Test
    void unstorableRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String poisonKey = ClaimsMessages.freshArticleId();
        String goodId = ClaimsMessages.freshArticleId();
        send(poisonKey, "{\"articleId\": \"" + poisonKey + "\", \"claims\": \"not a list\"}");
        send(goodId, ClaimsMessages.json(goodId, 1, "2024-03-12T09:00:00Z", List.of("After the poison, 3 claims still flow.")));

        ConsumerRecord<String, String> dead = kafka.awaitRecord("claims-dlq", poisonKey, PATIENCE);
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("not a claims message"), reason);
        awaitArticle(goodId);
        given().get("/api/articles/" + poisonKey).then().statusCode(404);
    }

    private void send(String key, String value) {
        kafka.send("claims", key, value);
    }

    private void awaitArticle(String id) {
        await().atMost(PATIENCE).until(() -> given().get("/api/articles/" + id).statusCode() == 200);
    }

    private Instant updatedAt(String id) {
        return QuarkusTransaction.requiringNew().call(() -> articles.findById(id).updatedAt);
    }

    private double unchanged() {
        return metrics.counter("claimwatch.claims.messages", "outcome", "unchanged").count();
    }

}
