package claimwatch.ingest.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import claimwatch.testing.Contracts;
import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.TopicClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ArticleResourceTest {

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
    void acceptedArticleIsPublishedKeyedByIdAndConformsToTheContract() {
        String body = """
                {"text": "The port authority signed a contract worth 430 million euros. It covers 41 vessels.",
                 "url": "https://www.harbortimes.example/business/ferry-deal", "outlet": "Harbor Times",
                 "title": "Ferry deal", "author": "Jane Doe", "publishedAt": "2024-03-12T08:30:00+01:00", "language": "en"}""";
        String id = given().contentType("application/json").body(body)
                .when().post("/articles")
                .then().statusCode(202).body("id", matchesPattern("[0-9a-f]{32}"))
                .extract().path("id");

        ConsumerRecord<String, String> record = kafka.awaitRecord("articles", id, Duration.ofSeconds(30));
        assertEquals(List.of(), Contracts.violations("articles", record.value()));
        assertEquals("Harbor Times", Contracts.parse(record.value()).get("outlet").asText());
    }

    @Test
    void sameContentGetsTheSameId() {
        String body = "{\"text\": \"Shipyard workers said 600 jobs depend on the refit.\", \"outlet\": \"Coastline Daily\"}";
        String first = given().contentType("application/json").body(body).post("/articles").then().statusCode(202).extract().path("id");
        String second = given().contentType("application/json").body(body.replace("Coastline Daily", "Other Outlet"))
                .post("/articles").then().statusCode(202).extract().path("id");
        assertEquals(first, second);
    }

    @Test
    void htmlPageIsPublishedAsCleanedText() {
        String body = "{\"html\": \"<html><head><title>Museum reopens</title></head><body><nav>Home</nav><p>The museum reopened after 3 years.</p></body></html>\"}";
        String id = given().contentType("application/json").body(body).post("/articles").then().statusCode(202).extract().path("id");
        ConsumerRecord<String, String> record = kafka.awaitRecord("articles", id, Duration.ofSeconds(30));
        assertEquals("The museum reopened after 3 years.", Contracts.parse(record.value()).get("text").asText());
        assertEquals("Museum reopens", Contracts.parse(record.value()).get("title").asText());
        assertEquals(List.of(), Contracts.violations("articles", record.value()));
    }

    @Test
    void badFieldIsAnsweredAsProblemWithTheField() {
        given().contentType("application/json").body("{\"text\": \"Fine.\", \"publishedAt\": \"yesterday\"}")
                .when().post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("publishedAt"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType("application/json").body("{\"text\": ")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON body"));
    }

    @Test
    void wrongFieldTypeNamesTheField() {
        given().contentType("application/json").body("{\"text\": [1, 2]}")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
    }

    @Test
    void emptyBodyIsAProblem() {
        given().contentType("application/json").body("")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsAProblem() {
        given().contentType("text/plain").body("The deal covers 41 ships.")
                .when().post("/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }

}
