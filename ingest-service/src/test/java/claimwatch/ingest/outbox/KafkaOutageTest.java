package claimwatch.ingest.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import claimwatch.testing.Contracts;
import claimwatch.testing.PausableKafkaTestResource;
import claimwatch.testing.PostgresTestResource;
import claimwatch.testing.TopicClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** With the broker stopped, articles are still accepted; they reach the topic once it is back. */
@QuarkusTest
@WithTestResource(PausableKafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class KafkaOutageTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Outbox outbox;

    @Test
    void articlesAcceptedWhileKafkaIsDownAreRelayedWhenItReturns() {
        PausableKafkaTestResource.broker().pause();
        String id;
        try {
            id = given().contentType("application/json")
                    .body("{\"text\": \"Accepted during the outage: 3 ferries were delayed.\", \"outlet\": \"Harbor Times\"}")
                    .post("/articles").then().statusCode(202).body("status", equalTo("accepted")).extract().path("id");
            await().atMost(Duration.ofSeconds(20)).until(() -> pendingInOutbox() >= 1);
        } finally {
            PausableKafkaTestResource.broker().resume();
        }
        try (TopicClient kafka = new TopicClient(bootstrapServers)) {
            String value = kafka.awaitRecord("articles", id, Duration.ofSeconds(60)).value();
            assertEquals(id, Contracts.parse(value).get("id").asText());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> pendingInOutbox() == 0);
    }

    private long pendingInOutbox() {
        return QuarkusTransaction.requiringNew().call(outbox::count);
    }
}
