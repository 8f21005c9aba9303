package claimwatch.ingest.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
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
import claimwatch.testing.LocalWebServer;
import claimwatch.testing.PostgresTestResource;
import claimwatch.testing.TopicClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleResourceTest {

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
    void acceptedArticleIsPublishedKeyedByIdAndConformsToTheContract() {
        String body = """
                {"text": "The port authority signed a contract worth 430 million euros. It covers 41 vessels.",
                 "url": "https://www.harbortimes.example/business/ferry-deal", "outlet": "Harbor Times",
                 "title": "Ferry deal", "author": "Jane Doe", "publishedAt": "2024-03-12T08:30:00+01:00", "language": "en"}""";
        String id = given().contentType("application/json").body(body)
                .when().post("/articles")
                .then().statusCode(202).body("id", matchesPattern("[0-9a-f]{32}")).body("status", equalTo("accepted"))
                .extract().path("id");

        ConsumerRecord<String, String> record = kafka.awaitRecord("articles", id, PATIENCE);
        assertEquals(List.of(), Contracts.violations("articles", record.value()));
        assertEquals("Harbor Times", Contracts.parse(record.value()).get("outlet").asText());
    }

    @Test
    void sameContentIsADuplicateAndPublishedOnce() throws InterruptedException {
        String body = "{\"text\": \"Shipyard workers said 600 jobs depend on the refit of the nine ferries.\", \"outlet\": \"Coastline Daily\"}";
        String first = given().contentType("application/json").body(body).post("/articles")
                .then().statusCode(202).body("status", equalTo("accepted")).extract().path("id");
        given().contentType("application/json").body(body.replace("Coastline Daily", "Other Outlet")).post("/articles")
                .then().statusCode(202).body("id", equalTo(first)).body("status", equalTo("duplicate"));

        kafka.awaitRecord("articles", first, PATIENCE);
        Thread.sleep(1500);
        assertEquals(1, kafka.recordsWithKey("articles", first, Duration.ofSeconds(5)).size());
    }

    @Test
    void sameCanonicalUrlIsADuplicateEvenWithOtherText() {
        String first = given().contentType("application/json")
                .body("{\"text\": \"Version one of the story about 12 cranes.\", \"url\": \"https://www.portnews.example/cranes?utm_source=x\"}")
                .post("/articles").then().statusCode(202).body("status", equalTo("accepted")).extract().path("id");
        given().contentType("application/json")
                .body("{\"text\": \"Version two of the story about 12 cranes, updated.\", \"url\": \"https://portnews.example/cranes#top\"}")
                .post("/articles").then().statusCode(202).body("status", equalTo("duplicate")).body("id", equalTo(first));
    }

    @Test
    void lightlyEditedCopyIsPublishedAsANearDuplicate() {
        String original = Syndication.wireStory();
        String first = given().contentType("application/json").body(Syndication.json(original, "Meridian Wire"))
                .post("/articles").then().statusCode(202).extract().path("id");
        String copy = given().contentType("application/json").body(Syndication.json(Syndication.lightlyEdited(original), "Northgate Herald"))
                .post("/articles").then().statusCode(202)
                .body("status", equalTo("accepted")).body("duplicateOf", equalTo(first))
                .extract().path("id");

        ConsumerRecord<String, String> record = kafka.awaitRecord("articles", copy, PATIENCE);
        assertEquals(first, Contracts.parse(record.value()).get("duplicateOf").asText());
        assertEquals(List.of(), Contracts.violations("articles", record.value()));
    }

    @Test
    void htmlPageIsPublishedAsCleanedTextWithItsMetadata() {
        String html = """
                <html lang="en"><head><title>Museum reopens | Alba Courier</title>
                <meta property="og:site_name" content="Alba Courier">
                <meta property="article:published_time" content="2024-03-12T08:30:00+01:00"></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article><h1>Museum reopens</h1>
                <p>The city museum reopened on Saturday after three years of renovation work that cost 14 million euros.</p>
                <p>More than 4,000 visitors came on the first day, the museum said, and queues stretched around the block.</p></article>
                <footer>Cookie settings</footer></body></html>""";
        String id = given().contentType("application/json").body(java.util.Map.of("html", html)).post("/articles")
                .then().statusCode(202).extract().path("id");
        var article = Contracts.parse(kafka.awaitRecord("articles", id, PATIENCE).value());
        assertEquals("Alba Courier", article.get("outlet").asText());
        assertEquals(java.time.Instant.parse("2024-03-12T07:30:00Z"), java.time.OffsetDateTime.parse(article.get("publishedAt").asText()).toInstant());
        assertEquals(true, article.get("text").asText().contains("More than 4,000 visitors"));
        assertEquals(false, article.get("text").asText().contains("Cookie"));
    }

    @Test
    void urlAloneIsFetchedCleanedAndPublished() {
        try (LocalWebServer web = LocalWebServer.start()) {
            web.document("/news/cranes", "text/html; charset=utf-8", "<html><head><title>Cranes</title></head><body><article><h1>New cranes</h1>"
                    + "<p>The port ordered 12 new cranes for its container terminal, the harbour master said on Monday.</p></article></body></html>");
            String id = given().contentType("application/json").body("{\"url\": \"" + web.url("/news/cranes") + "\"}")
                    .post("/articles").then().statusCode(202).body("status", equalTo("accepted")).extract().path("id");
            var article = Contracts.parse(kafka.awaitRecord("articles", id, PATIENCE).value());
            assertEquals(web.url("/news/cranes"), article.get("url").asText());
        }
    }

    @Test
    void urlToAPrivateAddressIsRefusedWithTheReason() {
        given().contentType("application/json").body("{\"url\": \"http://10.0.0.1/admin\"}")
                .post("/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("url")).body("errors[0].message", startsWith("refused"));
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
    void binaryBodyIsAProblem() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        given().contentType("application/json").body(binary)
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void invalidUtf8IsAProblem() {
        byte[] body = "{\"text\": \"caf\u00e9 41 ships\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        given().contentType("application/json").body(body)
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void hugeBodyIsRefusedBeforeItIsRead() throws java.io.IOException {
        // Only the headers and a little of the 20 MiB are sent: the refusal must come from the declared length.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + (20 * 1024 * 1024)
                    + "\r\n\r\n{\"text\": \"xxxxxxxx";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
        }
    }

    @Test
    void wrongContentTypeIsAProblem() {
        given().contentType("text/plain").body("The deal covers 41 ships.")
                .when().post("/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
