package claimwatch.extract.reprocess;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import claimwatch.testing.Contracts;
import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.TopicClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ReprocessResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void replayPublishesTheClaimsOfEveryArticleAgain() {
        String id = UUID.randomUUID().toString().replace("-", "");
        try (TopicClient kafka = new TopicClient(bootstrapServers)) {
            kafka.send("articles", id, "{\"id\": \"" + id + "\", \"ingestedAt\": \"2024-03-12T09:00:00Z\", \"publishedAt\": \"2024-03-12T09:00:00Z\","
                    + " \"text\": \"The regional government signed a contract worth €430 million for six ferries on Monday.\","
                    + " \"contentHash\": \"sha256:" + "0".repeat(64) + "\"}");
            kafka.send("articles", "poison", "{not an article");
            kafka.awaitRecord("claims", id, PATIENCE);

            String replay = given().post("/reprocess").then().statusCode(202).body("status", equalTo("running")).extract().path("id");
            JsonPath done = await().atMost(PATIENCE).until(() -> given().get("/reprocess/" + replay).then().statusCode(200).extract().jsonPath(),
                    progress -> !"running".equals(progress.getString("status")));
            assertEquals("done", done.getString("status"), done.prettify());
            assertTrue(done.getLong("skipped") >= 1, "the poison record is skipped");
            assertEquals(done.getLong("read"), done.getLong("published") + done.getLong("skipped"));

            var copies = kafka.recordsWithKey("claims", id, Duration.ofSeconds(3));
            assertEquals(2, copies.size(), "the first extraction and the replay");
            assertEquals(java.util.List.of(), Contracts.violations("claims", copies.get(1).value()));
        }
    }

    @Test
    void unknownReplayIsAProblem() {
        given().get("/reprocess/nope").then().statusCode(404).contentType("application/problem+json");
    }
}
