package claimwatch.api.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.claim.ClaimsMessages;
import claimwatch.api.claim.ArticleClaimsStore;
import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.PostgresTestResource;
import io.restassured.response.Response;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleResourceTest {

    @Inject
    ArticleClaimsStore store;

    @Test
    void pagesWalkEveryArticleOnceNewestFirst() {
        Set<String> mine = new HashSet<>();
        Instant base = Instant.parse("2031-01-01T00:00:00Z");
        for (int i = 0; i < 7; i++) {
            // Two articles share each ingestion time, so the id must break ties for the cursor to be stable.
            mine.add(store(base.plusSeconds(i / 2), "Article " + i + " has " + i + " ships."));
        }
        List<String> seen = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 100; pages++) {
            Response page = given().queryParam("limit", 3).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/articles").then().statusCode(200).extract().response();
            List<String> ids = page.path("items.id");
            assertTrue(ids.size() <= 3);
            seen.addAll(ids);
            page.<List<String>>path("items.ingestedAt").forEach(at -> times.add(Instant.parse(at)));
            cursor = page.path("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no article twice");
        assertTrue(seen.containsAll(mine), "every article once");
        for (int i = 1; i < times.size(); i++) {
            assertTrue(!times.get(i).isAfter(times.get(i - 1)), "newest first");
        }
    }

    @Test
    void articleComesWithItsClaims() {
        String id = store(Instant.parse("2024-03-12T09:00:00Z"), "The deal is worth 430 million euros.");
        given().get("/api/articles/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("outlet", equalTo("Harbor Times"))
                .body("text", equalTo("The deal is worth 430 million euros."))
                .body("claims[0].text", equalTo("The deal is worth 430 million euros."))
                .body("claims[0].span.end", equalTo(36));
        given().get("/api/articles").then().statusCode(200).body("items.find { it.id == '" + id + "' }.claimCount", equalTo(1));
    }

    @Test
    void unknownArticleIsAProblem() {
        given().get("/api/articles/ffffffffffffffffffffffffffffffff").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void badLimitIsAProblemNamingIt() {
        for (String limit : List.of("abc", "0", "101", "-5", "1;DROP TABLE article")) {
            given().queryParam("limit", limit).get("/api/articles").then().statusCode(400)
                    .contentType("application/problem+json").body("parameter", equalTo("limit"));
        }
    }

    @Test
    void malformedCursorIsAProblemNamingIt() {
        given().queryParam("cursor", "'; DROP TABLE article; --").get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("cursor"));
    }

    private String store(Instant ingestedAt, String text) {
        String id = UUID.randomUUID().toString().replace("-", "");
        String claimId = id.substring(0, 24);
        store.upsertArticleClaims(new ArticleClaimsMessage(id, "numeric-sentence", 1, ingestedAt,
                new ArticleClaimsMessage.Article(id, null, "Harbor Times", null, null, null, ingestedAt, "en", text, null),
                List.of(ClaimsMessages.withoutFacets(claimId, text, 0, 0))));
        return id;
    }
}
