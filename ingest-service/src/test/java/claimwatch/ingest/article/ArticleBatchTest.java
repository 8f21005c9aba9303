package claimwatch.ingest.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleBatchTest {

    @Test
    void eachArticleIsAdmittedOnItsOwn() {
        String unique = Long.toString(System.nanoTime());
        List<Map<String, Object>> articles = List.of(
                Map.of("text", "Batch article " + unique + " reports 17 new buses.", "outlet", "Alba Courier"),
                Map.of("text", "Batch article " + unique + " reports 17 new buses.", "outlet", "Other"),
                Map.of("text", "   "),
                Map.of("html", "<p>Batch page " + unique + " says 3 trams arrived.</p>", "publishedAt", "2024-03-12T08:30:00Z"),
                Map.of("url", "https://www.example.com/only-a-link"));
        given().contentType("application/json").body(Map.of("articles", articles))
                .post("/articles/batch").then().statusCode(202)
                .body("accepted", equalTo(2)).body("duplicates", equalTo(1)).body("invalid", equalTo(2))
                .body("items[0].status", equalTo("accepted"))
                .body("items[1].status", equalTo("duplicate"))
                .body("items[2].status", equalTo("invalid"))
                .body("items[2].errors.field", hasItem("articles[2].text"))
                .body("items[2].id", nullValue())
                .body("items[3].status", equalTo("accepted"))
                .body("items[4].errors.field", hasItem("articles[4].text"));
    }

    @Test
    void emptyBatchIsAProblem() {
        given().contentType("application/json").body("{\"articles\": []}")
                .post("/articles/batch").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("articles"));
    }

    @Test
    void oversizedBatchIsRefusedWhole() {
        List<Map<String, String>> articles = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            articles.add(Map.of("text", "Item " + i));
        }
        given().contentType("application/json").body(Map.of("articles", articles))
                .post("/articles/batch").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("articles"));
    }
}
