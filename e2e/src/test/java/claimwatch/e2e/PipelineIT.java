package claimwatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import claimwatch.testing.KafkaBroker;
import claimwatch.testing.PostgresServer;
import claimwatch.testing.ServiceProcess;

/** The three packaged services as separate processes over a real broker and database: an article in, its claims out. */
class PipelineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<AutoCloseable> started = new ArrayList<>();
    private static ServiceProcess api;
    private static ServiceProcess extract;
    private static ServiceProcess ingest;

    @BeforeAll
    static void startSystem() throws IOException {
        KafkaBroker broker = remember(KafkaBroker.start());
        PostgresServer postgres = remember(PostgresServer.start());
        String apiDatabase = postgres.createDatabase("claimwatch_api");
        String ingestDatabase = postgres.createDatabase("claimwatch_ingest");
        Map<String, String> kafka = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        api = remember(ServiceProcess.start("api-service", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", apiDatabase,
                "QUARKUS_DATASOURCE_USERNAME", postgres.username(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password())));
        extract = remember(ServiceProcess.start("extract-service", kafka));
        ingest = remember(ServiceProcess.start("ingest-service", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", ingestDatabase,
                "QUARKUS_DATASOURCE_USERNAME", postgres.username(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password())));
    }

    @AfterAll
    static void stopSystem() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    @Test
    void postedArticleComesOutWithItsClaimsAndAgainWithoutDuplicates() throws Exception {
        String article = """
                {"text": "Valderra signs ferry deal\\n\\nThe contract is worth 430 million euros. It covers six new ferries and 9 refits. Officials were pleased.",
                 "url": "https://www.harbortimes.example/ferry", "outlet": "Harbor Times", "publishedAt": "2024-03-12T08:30:00+01:00"}""";
        String id = post(article).get("id").asText();

        JsonNode stored = poll(api.uri("/api/articles/" + id), node -> node.path("claims").size() == 2);
        assertEquals("Harbor Times", stored.get("outlet").asText());
        assertEquals(List.of("The contract is worth 430 million euros.", "It covers six new ferries and 9 refits."),
                texts(stored.get("claims")));

        JsonNode second = post(article);
        assertEquals(id, second.get("id").asText(), "same content, same id");
        assertEquals("duplicate", second.get("status").asText(), "ingest recognises it and does not publish it again");
        Thread.sleep(2000);

        JsonNode again = get(api.uri("/api/articles/" + id));
        assertEquals(stored.get("claims"), again.get("claims"), "nothing duplicated or changed");
        long listed = 0;
        for (JsonNode item : get(api.uri("/api/articles?limit=100")).get("items")) {
            listed += item.get("id").asText().equals(id) ? 1 : 0;
        }
        assertEquals(1, listed);
    }

    @Test
    void sampleCoverageShowsThePlantedDisagreementsAsConflictsAndTheRepeatedNumbersAsCorroboratedFacts() throws Exception {
        List<String> ids = new ArrayList<>();
        Path samples = Path.of("..", "samples");
        for (JsonNode sample : JSON.readTree(Files.readString(samples.resolve("manifest.json")))) {
            ObjectNode body = JSON.createObjectNode();
            body.put(sample.get("format").asText().equals("html") ? "html" : "text", Files.readString(samples.resolve(sample.get("file").asText())));
            for (String field : List.of("url", "outlet", "title", "author", "publishedAt")) {
                if (sample.hasNonNull(field)) {
                    body.set(field, sample.get(field));
                }
            }
            ids.add(post(JSON.writeValueAsString(body)).get("id").asText());
        }
        for (String id : ids) {
            poll(api.uri("/api/articles/" + id), node -> node.path("claims").size() > 0);
        }
        String wire = ids.get(2);
        String story = poll(api.uri("/api/articles/" + wire), node -> node.hasNonNull("storyId")).get("storyId").asText();

        JsonNode conflicts = get(api.uri("/api/stories/" + story + "/conflicts?limit=100")).get("items");
        assertTrue(hasConflict(conflicts, value -> value.path("amount").asDouble() == 430e6, value -> value.path("amount").asDouble() == 520e6),
                "contract value 430 vs 520 million: " + conflicts);
        assertTrue(hasConflict(conflicts, value -> value.path("amount").asDouble() == 6, value -> value.path("amount").asDouble() == 8),
                "six vs eight new ferries: " + conflicts);
        assertTrue(hasConflict(conflicts, value -> value.path("date").asText().equals("2023-03"), value -> value.path("date").asText().equals("2022")),
                "approved in March 2023 vs agreed in 2022: " + conflicts);

        JsonNode facts = get(api.uri("/api/stories/" + story + "/facts?limit=100")).get("items");
        List<Double> corroborated = new ArrayList<>();
        for (JsonNode fact : facts) {
            if (fact.get("status").asText().equals("corroborated") || fact.get("outletCount").asInt() >= 3) {
                corroborated.add(fact.get("value").path("amount").asDouble());
            }
        }
        assertTrue(corroborated.containsAll(List.of(430e6, 9.0, 23.0)), "the contract value, nine refits and 23% are agreed: " + facts);
    }

    private static boolean hasConflict(JsonNode conflicts, Predicate<JsonNode> one, Predicate<JsonNode> other) {
        for (JsonNode conflict : conflicts) {
            boolean first = false;
            boolean second = false;
            for (JsonNode side : conflict.get("values")) {
                first |= one.test(side.get("value"));
                second |= other.test(side.get("value"));
            }
            if (first && second) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyServiceServesHealthMetricsAndOpenApi() throws Exception {
        for (ServiceProcess service : List.of(api, extract, ingest)) {
            assertEquals("UP", get(service.uri("/q/health")).get("status").asText());
            assertTrue(text(service.uri("/q/metrics")).contains("jvm_memory_used_bytes"));
            assertTrue(text(service.uri("/q/openapi")).contains("openapi: 3"));
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(service.uri("/q/swagger-ui/")).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        assertTrue(text(api.uri("/q/openapi")).contains("/api/articles/{id}"));
        assertTrue(text(ingest.uri("/q/openapi")).contains("/articles"));
    }

    private static String text(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), uri.toString());
        return response.body();
    }

    private static JsonNode post(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(ingest.uri("/articles"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode poll(URI uri, Predicate<JsonNode> done) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && done.test(JSON.readTree(response.body()))) {
                return JSON.readTree(response.body());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not there after " + PATIENCE + ": " + uri + "\napi-service log:\n" + api.tail());
    }

    private static JsonNode get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }


    private static List<String> texts(JsonNode claims) {
        List<String> texts = new ArrayList<>();
        claims.forEach(claim -> texts.add(claim.get("text").asText()));
        return texts;
    }

    private static <T extends AutoCloseable> T remember(T resource) {
        started.add(resource);
        return resource;
    }
}
