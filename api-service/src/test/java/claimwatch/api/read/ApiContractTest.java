package claimwatch.api.read;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What every endpoint shares: ETag and 304, no-cache, problem+json for paging errors, and the OpenAPI document. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ApiContractTest {

    static final Set<String> API_PATHS = Set.of("/api/stories", "/api/stories/{id}", "/api/stories/{id}/facts",
            "/api/stories/{id}/conflicts", "/api/articles", "/api/articles/{id}", "/api/claims", "/api/entities",
            "/api/entities/{id}", "/api/outlets");

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    private List<String> paths(SampleStory story) {
        return List.of("/api/stories", "/api/stories/" + story.storyId, "/api/stories/" + story.storyId + "/facts",
                "/api/stories/" + story.storyId + "/conflicts", "/api/articles", "/api/articles/" + story.articleIds.get(0),
                "/api/claims?q=ferry", "/api/entities?q=rend", "/api/entities/" + story.rendal, "/api/outlets");
    }

    @Test
    void everyGetHasAnETagThatRevalidates() {
        ReadModelSeed seed = new ReadModelSeed(dataSource, json);
        SampleStory story = new SampleStory(seed);
        seed.outlet("Meridian Wire", 1, 2, 1, 3, 0);
        for (String path : paths(story)) {
            Response first = given().get(path).then().statusCode(200).header("Cache-Control", "no-cache")
                    .header("ETag", not(emptyString())).extract().response();
            String tag = first.header("ETag");
            assertTrue(tag.matches("\"[A-Za-z0-9_-]{27}\""), path + " " + tag);
            assertEquals(tag, given().get(path).then().statusCode(200).extract().header("ETag"), "same body, same tag: " + path);
            given().header("If-None-Match", tag).get(path).then().statusCode(304).header("ETag", tag)
                    .header("Cache-Control", "no-cache").body(emptyString());
            given().header("If-None-Match", "W/" + tag + ", \"other\"").get(path).then().statusCode(304);
            given().header("If-None-Match", "\"stale\"").get(path).then().statusCode(200).body(not(emptyString()));
        }
    }

    @Test
    void aChangeGivesANewETag() {
        ReadModelSeed seed = new ReadModelSeed(dataSource, json);
        SampleStory story = new SampleStory(seed);
        String path = "/api/stories/" + story.storyId;
        String before = given().get(path).then().statusCode(200).extract().header("ETag");
        seed.exec("UPDATE story SET title = 'Valderra ferry deal: auditors flag €90m gap', updated_at = now() WHERE id = ?", story.storyId);
        String after = given().header("If-None-Match", before).get(path).then().statusCode(200)
                .body("title", equalTo("Valderra ferry deal: auditors flag €90m gap")).extract().header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void problemsCarryNoETag() {
        given().get("/api/stories/ffffffffffffffffffffffffffffffff").then().statusCode(404).header("ETag", nullValue())
                .contentType("application/problem+json");
    }

    @Test
    void everyListRefusesABadLimitOrCursorNamingIt() {
        SampleStory story = new SampleStory(new ReadModelSeed(dataSource, json));
        for (String path : List.of("/api/stories", "/api/stories/" + story.storyId + "/facts", "/api/stories/" + story.storyId + "/conflicts",
                "/api/articles", "/api/claims", "/api/entities", "/api/outlets")) {
            for (String limit : List.of("abc", "0", "101", "-1", "1e3", "99999999999")) {
                given().queryParam("limit", limit).get(path).then().statusCode(400).contentType("application/problem+json")
                        .body("parameter", equalTo("limit")).body("instance", equalTo(path));
            }
            for (String cursor : List.of("garbage", "'; DROP TABLE story; --", "YzJ8b3V0bGV0c3wzfE1lcmlkaWFuIFdpcmU")) {
                if (path.equals("/api/outlets") && cursor.startsWith("YzJ8b3V0")) {
                    continue;
                }
                given().queryParam("cursor", cursor).get(path).then().statusCode(400).contentType("application/problem+json")
                        .body("parameter", equalTo("cursor"));
            }
            given().queryParam("limit", 100).get(path).then().statusCode(200);
        }
    }

    @Test
    void openApiDocumentsEveryApiPathWithExamples() throws Exception {
        JsonNode document = json.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        Set<String> paths = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            paths.add(path.getKey());
            path.getValue().fields().forEachRemaining(operation -> {
                JsonNode responses = operation.getValue().get("responses");
                if (responses == null || !responses.has("200")) {
                    missing.add(path.getKey() + " " + operation.getKey() + ": no 200 response");
                    return;
                }
                responses.fields().forEachRemaining(response -> {
                    if (!hasExample(response.getValue())) {
                        missing.add(path.getKey() + " " + operation.getKey() + " " + response.getKey() + ": no example");
                    }
                });
                if (!responses.has("400") && operation.getValue().path("parameters").findValues("name").stream()
                        .anyMatch(name -> name.asText().equals("limit"))) {
                    missing.add(path.getKey() + ": pages but documents no 400");
                }
            });
        }
        assertTrue(paths.containsAll(API_PATHS), "documented: " + paths);
        assertEquals(List.of(), missing);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static boolean hasExample(JsonNode response) {
        JsonNode content = response.get("content");
        if (content == null) {
            return false;
        }
        for (JsonNode media : content) {
            if (media.has("examples") && media.get("examples").size() > 0 || media.has("example")) {
                return true;
            }
        }
        return false;
    }
}
