package claimwatch.api.read;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.api.fact.Fact;
import claimwatch.api.fact.FactValue;
import claimwatch.api.fact.FirstReport;
import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.PostgresTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
// Its own database, so its rows and other classes' rows never meet.
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class StoryResourceTest {

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    ReadModelSeed seed() {
        return new ReadModelSeed(dataSource, json);
    }

    /** Every page of a list, following nextCursor (bounded). */
    static List<Map<String, Object>> walk(String path, Map<String, ?> query, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 200; pages++) {
            Response page = given().queryParams(query).queryParam("limit", limit).queryParam("cursor", cursor == null ? "" : cursor)
                    .get(path).then().statusCode(200).extract().response();
            List<Map<String, Object>> shown = page.path("items");
            assertTrue(shown.size() <= limit, "at most limit items");
            items.addAll(shown);
            cursor = page.path("nextCursor");
            if (cursor == null) {
                return items;
            }
            assertEquals(limit, shown.size(), "only the last page is short");
        }
        throw new AssertionError("more than 200 pages");
    }

    @Test
    void storiesWalkEveryLiveStoryOnceMostRecentlyActiveFirst() {
        ReadModelSeed seed = seed();
        Instant base = Instant.parse("2030-05-01T00:00:00Z");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String id = ReadModelSeed.hex(32);
            // Three stories share each activity time, so the id must break ties for the walk to be stable.
            seed.story(id, "Ferry story " + i, 2, 2, 0, 0, base, base, base.plusSeconds(i / 3), null);
            mine.add(id);
        }
        String merged = ReadModelSeed.hex(32);
        seed.story(merged, "Merged away", 1, 1, 0, 0, base, base, base.plusSeconds(60), mine.get(0));

        List<Map<String, Object>> items = walk("/api/stories", Map.of(), 4);
        List<String> ids = items.stream().map(item -> (String) item.get("id")).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no story twice");
        assertTrue(ids.containsAll(mine), "every live story");
        assertFalse(ids.contains(merged), "a merged story is not listed");
        for (int i = 1; i < items.size(); i++) {
            Instant previous = Instant.parse((String) items.get(i - 1).get("lastActivity"));
            Instant current = Instant.parse((String) items.get(i).get("lastActivity"));
            assertTrue(current.isBefore(previous) || current.equals(previous)
                    && ((String) items.get(i).get("id")).compareTo((String) items.get(i - 1).get("id")) < 0, "ordered by (lastActivity, id) desc");
        }
        Map<String, Object> first = items.stream().filter(item -> item.get("id").equals(mine.get(10))).findFirst().orElseThrow();
        assertEquals("Ferry story 10", first.get("title"));
        assertEquals(2, first.get("articleCount"));
        assertEquals("Valderra", ((List<Map<String, Object>>) first.get("topEntities")).get(0).get("canonical"));
    }

    @Test
    void pagingIsStableWhileNewStoriesArrive() {
        ReadModelSeed seed = seed();
        Instant base = Instant.parse("2031-02-01T00:00:00Z");
        for (int i = 0; i < 6; i++) {
            seed.story(ReadModelSeed.hex(32), "Before " + i, 1, 1, 0, 0, base, base, base.plusSeconds(i), null);
        }
        List<String> before = walk("/api/stories", Map.of(), 100).stream().map(item -> (String) item.get("id")).toList();

        Response first = given().queryParam("limit", 3).get("/api/stories").then().statusCode(200).extract().response();
        List<String> seen = new ArrayList<>(first.path("items.id"));
        for (int i = 0; i < 3; i++) {
            seed.story(ReadModelSeed.hex(32), "Breaking " + i, 1, 1, 0, 0, base, base, base.plusSeconds(3600 + i), null);
        }
        String cursor = first.path("nextCursor");
        for (int pages = 0; cursor != null && pages < 100; pages++) {
            Response page = given().queryParam("limit", 3).queryParam("cursor", cursor).get("/api/stories")
                    .then().statusCode(200).extract().response();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        }
        assertEquals(before, seen, "the walk begun before the inserts goes on exactly where it was, no gap, no repeat");
    }

    @Test
    void storyListsItsArticlesInReportedOrderWithTheirReasons() {
        SampleStory story = new SampleStory(seed());
        Response detail = given().get("/api/stories/" + story.storyId).then().statusCode(200)
                .body("id", equalTo(story.storyId))
                .body("title", equalTo("Valderra signs €430 million ferry deal with Aldermoor"))
                .body("factCount", equalTo(4))
                .body("conflictCount", equalTo(1))
                .body("moreArticles", nullValue())
                .extract().response();
        List<String> outlets = detail.path("articles.outlet");
        assertEquals(List.of("Meridian Wire", "Harbor Times", "The Mercantile Journal", "Daily Klaxon"), outlets,
                "reported order: wire 16:42, syndicated copy 18:00, journal and klaxon next morning");
        assertEquals("started", detail.path("articles[0].reason.decision"));
        assertEquals("joined", detail.path("articles[2].reason.decision"));
        assertEquals(List.of("Valderra", "Aldermoor Marine Engineering"), detail.path("articles[2].reason.sharedEntities"));
        assertEquals(0.81f, detail.<Float>path("articles[2].score"), 1e-6);
        assertEquals(story.storyId, detail.path("articles[1].duplicateOf"));
        assertEquals(2, detail.<Integer>path("articles[0].claimCount"));
        assertEquals("2024-03-11T16:42:00Z", detail.path("articles[0].reportedAt"));
    }

    @Test
    void aLongStoryLinksToTheRestOfItsArticlesInTheSameOrder() {
        ReadModelSeed seed = seed();
        String storyId = ReadModelSeed.hex(32);
        Instant base = Instant.parse("2024-06-01T00:00:00Z");
        seed.story(storyId, "Valderra ferry strike enters third week", 205, 9, 0, 0, base, base, base, null);
        seed.exec("INSERT INTO article (id, outlet, title, published_at, ingested_at, text, extractor, extractor_version,"
                + " extracted_at, claim_count, updated_at, story_id) SELECT substr(md5(? || i), 1, 32), 'Outlet ' || (i % 9),"
                + " 'Strike day ' || i, ?::timestamptz + (i / 2) * interval '1 minute', now(), 'Strike.', 'structured', 2, now(), 0, now(), ?"
                + " FROM generate_series(1, 205) i", storyId, base.toString(), storyId);

        Response detail = given().get("/api/stories/" + storyId).then().statusCode(200).extract().response();
        List<String> inline = detail.path("articles.id");
        assertEquals(200, inline.size());
        String more = detail.path("moreArticles");
        assertTrue(more.startsWith("/api/articles?story=" + storyId + "&cursor="), more);
        List<String> rest = new ArrayList<>();
        List<String> reported = new ArrayList<>(detail.path("articles.reportedAt"));
        for (int pages = 0; more != null && pages < 10; pages++) {
            Response page = given().get(more + "&limit=2").then().statusCode(200).extract().response();
            rest.addAll(page.path("items.id"));
            reported.addAll(page.path("items.reportedAt"));
            String next = page.path("nextCursor");
            more = next == null ? null : "/api/articles?story=" + storyId + "&cursor=" + next;
        }
        assertEquals(5, rest.size());
        List<String> all = new ArrayList<>(inline);
        all.addAll(rest);
        assertEquals(205, new HashSet<>(all).size(), "every article once");
        List<String> sorted = new ArrayList<>(reported);
        sorted.sort(Comparator.comparing(Instant::parse));
        assertEquals(sorted, reported, "one order from the story into the article list");
    }

    @Test
    void aMergedStoryRedirectsToItsSurvivor() {
        SampleStory survivor = new SampleStory(seed());
        String merged = ReadModelSeed.hex(32);
        seed().story(merged, "Aldermoor wins Valderra contract", 0, 0, 0, 0, SampleStory.JOURNAL, SampleStory.JOURNAL,
                SampleStory.JOURNAL, survivor.storyId);
        for (String suffix : List.of("", "/facts", "/conflicts")) {
            given().redirects().follow(false).get("/api/stories/" + merged + suffix).then().statusCode(301)
                    .header("Location", endsWith("/api/stories/" + survivor.storyId + suffix))
                    .contentType("application/problem+json")
                    .body("status", equalTo(301));
        }
        given().redirects().follow(false).queryParam("limit", 2).queryParam("cursor", "c1.abc").get("/api/stories/" + merged + "/facts")
                .then().statusCode(301).header("Location", endsWith("/api/stories/" + survivor.storyId + "/facts?limit=2"));
        given().get("/api/stories/" + merged).then().statusCode(200).body("id", equalTo(survivor.storyId));
        given().queryParam("story", merged).get("/api/articles").then().statusCode(200)
                .body("items.id", equalTo(survivor.articleIds.stream().sorted(Comparator.comparing(id -> order(survivor, id))).toList()));
    }

    private static int order(SampleStory story, String articleId) {
        return List.of(0, 3, 1, 2).indexOf(story.articleIds.indexOf(articleId));
    }

    @Test
    void unknownStoriesAreProblems() {
        for (String suffix : List.of("", "/facts", "/conflicts")) {
            given().get("/api/stories/ffffffffffffffffffffffffffffffff" + suffix).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
        given().queryParam("story", "ffffffffffffffffffffffffffffffff").get("/api/articles").then().statusCode(404)
                .contentType("application/problem+json").body("parameter", equalTo("story"));
    }

    @Test
    void factsAndConflictsAreTheStoredBodiesInPositionOrder() throws Exception {
        SampleStory story = new SampleStory(seed());
        String body = given().get("/api/stories/" + story.storyId + "/facts").then().statusCode(200)
                .body("nextCursor", nullValue()).extract().asString();
        assertSameJson(json.valueToTree(story.facts), json.readTree(body).get("items"));
        String conflicts = given().get("/api/stories/" + story.storyId + "/conflicts").then().statusCode(200).extract().asString();
        JsonNode conflict = json.readTree(conflicts).get("items");
        assertSameJson(json.valueToTree(story.conflicts), conflict);
        assertEquals("more than €300 million", conflict.get(0).get("values").get(1).get("value").get("display").asText());
    }

    /** jsonb keeps numbers by value (4.3E8 comes back as 430000000) and reorders keys; neither changes the JSON. */
    static void assertSameJson(JsonNode expected, JsonNode actual) {
        Comparator<JsonNode> numbersByValue = (a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        assertTrue(expected.equals(numbersByValue, actual), () -> "expected " + expected + "\nbut was " + actual);
    }

    @Test
    void factsFilterByStatus() {
        SampleStory story = new SampleStory(seed());
        for (String status : List.of("corroborated", "single-source", "disputed")) {
            List<String> expected = story.facts.stream().filter(fact -> fact.status().equals(status)).map(Fact::id).toList();
            given().queryParam("status", status).get("/api/stories/" + story.storyId + "/facts").then().statusCode(200)
                    .body("items.id", equalTo(expected));
        }
        given().queryParam("status", "confirmed").get("/api/stories/" + story.storyId + "/facts").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("status"));
    }

    @Test
    void factsPageByPositionWithoutGapsOrRepeats() {
        ReadModelSeed seed = seed();
        String storyId = ReadModelSeed.hex(32);
        Instant at = Instant.parse("2024-03-11T16:42:00Z");
        seed.story(storyId, "Valderra budget", 1, 1, 23, 0, at, at, at, null);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Two facts share each position; the id breaks the tie.
            Fact fact = new Fact(ReadModelSeed.hex(24), "Line " + i + " of the budget is €" + i + " million", "money:EUR:line" + i,
                    "budget line", new FactValue("money", i * 1e6, null, "EUR", null, "exact", "€" + i + " million"),
                    i % 2 == 0 ? "corroborated" : "single-source", 1 + i % 2, 1 + i % 2,
                    new FirstReport("Meridian Wire", storyId, at, List.of()), List.of());
            seed.fact(storyId, i / 2, fact);
            expected.add(fact.id());
        }
        Function<String, Integer> position = id -> expected.indexOf(id) / 2;
        expected.sort(Comparator.comparing(position).thenComparing(Function.identity()));
        List<String> seen = walk("/api/stories/" + storyId + "/facts", Map.of(), 5).stream().map(item -> (String) item.get("id")).toList();
        assertEquals(expected, seen);
        List<String> corroborated = walk("/api/stories/" + storyId + "/facts", Map.of("status", "corroborated"), 4).stream()
                .map(item -> (String) item.get("id")).toList();
        assertEquals(12, corroborated.size());
        assertTrue(seen.containsAll(corroborated));
    }

    @Test
    void aCursorWorksOnlyOnTheListThatGaveIt() {
        SampleStory one = new SampleStory(seed());
        SampleStory other = new SampleStory(seed());
        String factsCursor = given().queryParam("limit", 1).get("/api/stories/" + one.storyId + "/facts").then().statusCode(200)
                .extract().path("nextCursor");
        String storiesCursor = given().queryParam("limit", 1).get("/api/stories").then().statusCode(200).extract().path("nextCursor");
        given().queryParam("cursor", factsCursor).get("/api/stories/" + other.storyId + "/facts").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("cursor"));
        given().queryParam("cursor", factsCursor).get("/api/stories/" + one.storyId + "/conflicts").then().statusCode(400)
                .body("parameter", equalTo("cursor"));
        given().queryParam("cursor", storiesCursor).get("/api/stories/" + one.storyId + "/facts").then().statusCode(400)
                .body("parameter", equalTo("cursor"));
        given().queryParam("cursor", storiesCursor).get("/api/claims").then().statusCode(400).body("parameter", equalTo("cursor"));
        given().queryParam("cursor", factsCursor).get("/api/stories/" + one.storyId + "/facts").then().statusCode(200)
                .body("items.id", equalTo(one.facts.subList(1, 4).stream().map(Fact::id).toList()));
    }
}
