package claimwatch.api.read;

import static claimwatch.api.read.StoryResourceTest.walk;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** GET /api/claims, /api/articles, /api/entities and /api/outlets over one seeded database; expectations come from the seed. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimResourceTest {

    /** What a seeded claim is, to compute what each filter must return. */
    record Row(String id, String articleId, String storyId, String outlet, Instant reportedAt, String kind, String modality,
            double checkworthiness, Set<String> entities, String text) {
    }

    static final List<Row> ROWS = new ArrayList<>();
    static SampleStory sample;
    static String generatedStory;

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void seedOnce() {
        if (sample != null) {
            return;
        }
        ReadModelSeed seed = new ReadModelSeed(dataSource, json);
        sample = new SampleStory(seed);
        String[] kinds = { "money", "quantity", "date", "statement" };
        String[] modalities = { "asserted", "hedged", "asserted", "conditional", "negated" };
        String[] outlets = { "Meridian Wire", "The Mercantile Journal", "Daily Klaxon" };
        String[] texts = { "The ferry contract is worth %d million euros.", "Valderra's budget grew by %d percent.",
                "Dockworkers may strike for %d days.", "The ferries will carry %d passengers each.", "Rendal denied %d reports." };
        List<String> articles = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            articles.add(ReadModelSeed.hex(32));
        }
        generatedStory = articles.get(0);
        Instant base = Instant.parse("2024-03-12T22:00:00Z");
        seed.story(generatedStory, "Valderra ferry workers threaten strike", 6, 3, 0, 0, base, base.plusSeconds(7200),
                base.plusSeconds(7200), null);
        int n = 0;
        for (int a = 0; a < articles.size(); a++) {
            // Articles 2 and 3 share a publication time, so their claims tie on time and the id decides.
            Instant published = base.plusSeconds(3600L * Math.min(a, 5) / 2 + (a == 3 ? -1800 : 0));
            String outlet = outlets[a % 3];
            seed.article(articles.get(a), generatedStory, outlet, "Strike report " + a, published, published.plusSeconds(60), null,
                    "Strike report " + a, 7, null);
            for (int c = 0; c < 7; c++, n++) {
                String text = texts[n % texts.length].formatted(10 + n);
                String claimId = ReadModelSeed.hex(24);
                String kind = kinds[n % kinds.length];
                String modality = modalities[n % modalities.length];
                double checkworthiness = (n * 37 % 100) / 100.0;
                seed.claim(articles.get(a), new ArticleClaimsMessage.Claim(claimId, text, new ArticleClaimsMessage.Span(0, text.length()),
                        c, kind, List.of(), List.of(), List.of(), List.of(), null, new ArticleClaimsMessage.Modality(modality, null),
                        checkworthiness, List.of()));
                Set<String> entities = n % 2 == 0 ? Set.of(sample.valderra) : n % 3 == 0 ? Set.of(sample.rendal) : Set.of();
                String articleId = articles.get(a);
                entities.forEach(entity -> seed.mention(claimId, entity, articleId));
                ROWS.add(new Row(claimId, articles.get(a), generatedStory, outlet, published, kind, modality, checkworthiness, entities, text));
            }
        }
        sampleRows();
        seed.outlet("Meridian Wire", 3, 5, 2, 3, 1);
        seed.outlet("The Mercantile Journal", 3, 4, 2, 1, 0);
        seed.outlet("Daily Klaxon", 3, 4, 2, 0, 2);
        seed.outlet("Harbor Times", 1, 1, 1, 0, 0);
        seed.outlet("Valderra Post", 0, 0, 0, 0, 0);
    }

    private void sampleRows() {
        String[] kinds = { "money", "date", "money", "statement", "money", "statement", "money" };
        String[] modalities = { "asserted", "asserted", "asserted", "conditional", "hedged", "negated", "asserted" };
        double[] checkworthiness = { 0.92, 0.71, 0.88, 0.35, 0.67, 0.41, 0.92 };
        String[] outlets = { "Meridian Wire", "The Mercantile Journal", "Daily Klaxon", "Harbor Times" };
        Instant[] times = { SampleStory.WIRE, SampleStory.JOURNAL, SampleStory.KLAXON, SampleStory.HARBOR };
        List<Set<String>> entities = List.of(Set.of(sample.aldermoor, sample.rendal), Set.of(sample.valderra),
                Set.of(sample.aldermoor), Set.of(sample.valderra), Set.of(sample.valderra), Set.of(sample.rendal), Set.of(sample.aldermoor));
        String[] texts = { "The contract is worth €430 million, regional minister Joaquin Rendal said.",
                "The first of the new ferries will enter service in 2027.",
                "Aldermoor Marine Engineering's €430m contract covers six hybrid-electric vessels.",
                "Costs could rise further if steel prices climb.",
                "The deal is worth more than €300 million, Meridian Wire reported.",
                "Rendal did not say when the ferries would be delivered.",
                "The contract is worth €430 million, regional minister Joaquin Rendal said." };
        for (int i = 0; i < 7; i++) {
            int article = sample.articleIds.indexOf(sample.articleOf(i));
            ROWS.add(new Row(sample.claimIds.get(i), sample.articleOf(i), sample.storyId, outlets[article], times[article], kinds[i],
                    modalities[i], checkworthiness[i], entities.get(i), texts[i]));
        }
    }

    static List<String> expected(Predicate<Row> filter) {
        return ROWS.stream().filter(filter)
                .sorted(Comparator.comparing(Row::reportedAt).thenComparing(Row::id).reversed())
                .map(Row::id).toList();
    }

    static List<String> ids(String path, Map<String, ?> query, int limit) {
        return walk(path, query, limit).stream().map(item -> (String) item.get("id")).toList();
    }

    static Map<String, Object> query(Object... pairs) {
        Map<String, Object> query = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.put((String) pairs[i], pairs[i + 1]);
        }
        return query;
    }

    @Test
    void everyClaimOnceNewestFirst() {
        assertEquals(expected(row -> true), ids("/api/claims", Map.of(), 4));
    }

    @Test
    void eachFilterSelectsExactlyItsClaims() {
        Pattern ferry = Pattern.compile("\\bferr(y|ies)\\b", Pattern.CASE_INSENSITIVE);
        Instant day12 = Instant.parse("2024-03-12T00:00:00Z");
        Instant day13 = Instant.parse("2024-03-13T00:00:00Z");
        Map<Map<String, Object>, Predicate<Row>> cases = new LinkedHashMap<>();
        cases.put(query("story", sample.storyId), row -> row.storyId().equals(sample.storyId));
        cases.put(query("article", sample.articleIds.get(2)), row -> row.articleId().equals(sample.articleIds.get(2)));
        cases.put(query("outlet", "Daily Klaxon"), row -> row.outlet().equals("Daily Klaxon"));
        cases.put(query("entity", sample.valderra), row -> row.entities().contains(sample.valderra));
        cases.put(query("q", "ferry"), row -> ferry.matcher(row.text()).find());
        cases.put(query("q", "contract -ferry"), row -> row.text().contains("contract") && !ferry.matcher(row.text()).find());
        cases.put(query("q", "\"regional minister\""), row -> row.text().contains("regional minister"));
        cases.put(query("q", "\"ferry contract\""), row -> row.text().toLowerCase().contains("ferry contract"));
        cases.put(query("q", "\"ferry contract\"", "outlet", "Daily Klaxon"),
                row -> row.text().toLowerCase().contains("ferry contract") && row.outlet().equals("Daily Klaxon"));
        cases.put(query("q", "hybrid-electric vessels"), row -> row.text().contains("hybrid-electric vessels"));
        cases.put(query("kind", "money"), row -> row.kind().equals("money"));
        cases.put(query("modality", "negated"), row -> row.modality().equals("negated"));
        cases.put(query("minCheckworthiness", "0.6"), row -> row.checkworthiness() >= 0.6);
        cases.put(query("minCheckworthiness", "0"), row -> true);
        cases.put(query("since", "2024-03-12"), row -> !row.reportedAt().isBefore(day12));
        cases.put(query("until", "2024-03-12"), row -> row.reportedAt().isBefore(day13));
        cases.put(query("since", "2024-03-12T06:00:00Z", "until", "2024-03-12T23:00:00+01:00"),
                row -> !row.reportedAt().isBefore(SampleStory.JOURNAL) && row.reportedAt().isBefore(Instant.parse("2024-03-12T22:00:00Z")));
        cases.put(query("story", generatedStory, "kind", "date"), row -> row.storyId().equals(generatedStory) && row.kind().equals("date"));
        cases.put(query("outlet", "Meridian Wire", "modality", "asserted", "minCheckworthiness", "0.5"),
                row -> row.outlet().equals("Meridian Wire") && row.modality().equals("asserted") && row.checkworthiness() >= 0.5);
        cases.put(query("entity", sample.rendal, "since", "2024-03-12T09:00:00Z"),
                row -> row.entities().contains(sample.rendal) && row.reportedAt().isAfter(Instant.parse("2024-03-12T09:00:00Z")));
        cases.put(query("q", "ferries", "outlet", "Daily Klaxon", "until", "2024-03-13"),
                row -> ferry.matcher(row.text()).find() && row.outlet().equals("Daily Klaxon")
                        && row.reportedAt().isBefore(Instant.parse("2024-03-14T00:00:00Z")));
        cases.put(query("story", generatedStory, "outlet", "The Mercantile Journal", "entity", sample.valderra, "q", "budget",
                "kind", "quantity", "modality", "asserted", "minCheckworthiness", "0.1", "since", "2024-03-12", "until", "2024-03-14"),
                row -> row.storyId().equals(generatedStory) && row.outlet().equals("The Mercantile Journal")
                        && row.entities().contains(sample.valderra) && row.text().contains("budget") && row.kind().equals("quantity")
                        && row.modality().equals("asserted") && row.checkworthiness() >= 0.1);
        cases.forEach((query, predicate) -> assertEquals(expected(predicate), ids("/api/claims", query, 3), query.toString()));
        assertTrue(cases.keySet().stream().filter(query -> expected(cases.get(query)).size() > 3).count() >= 8,
                "most cases span several pages");
    }

    @Test
    void claimsCarryTheirFacetsArticleStoryAndEntities() {
        Response page = given().queryParam("article", sample.articleIds.get(0)).get("/api/claims").then().statusCode(200)
                .extract().response();
        assertEquals(sample.storyId, page.path("items[0].storyId"));
        assertEquals("Meridian Wire", page.path("items[0].outlet"));
        given().get("/api/articles/" + sample.articleIds.get(0)).then().statusCode(200)
                .body("storyId", equalTo(sample.storyId))
                .body("reportedAt", equalTo("2024-03-11T16:42:00Z"))
                .body("claims.id", equalTo(sample.claimIds.subList(0, 2)))
                .body("claims[0].kind", equalTo("money"))
                .body("claims[0].modality.value", equalTo("asserted"))
                .body("claims[0].checkworthiness", equalTo(0.92f))
                .body("claims[0].attribution.speakers", equalTo(List.of("Joaquin Rendal")))
                .body("claims[0].attribution.kind", equalTo("indirect"))
                .body("claims[0].facets.money[0].amount", equalTo(430000000))
                .body("claims[0].facets.money[0].currency", equalTo("EUR"))
                .body("claims[0].facets.entities[0].canonical", equalTo("Joaquin Rendal"))
                .body("claims[0].facets.slots[0].key", equalTo("money:EUR:contract"))
                .body("claims[1].facets.dates[0].value", equalTo("2027"))
                .body("claims[0].entityIds", equalTo(List.of(sample.aldermoor, sample.rendal).stream().sorted().toList()))
                .body("claims[0].span.start", equalTo("Valderra signs €430 million ferry deal with Aldermoor\n\n".length()));
    }

    @Test
    void sqlMetacharactersInQAreJustText() {
        int all = expected(row -> true).size();
        for (String q : List.of("'; DROP TABLE claim; --", "a & b | !c", "\"unbalanced", "ferry')) OR 1=1 --", "((ferry", "ferry)",
                "!!!", "&|<->:*", "\\", "%_", "€430m")) {
            given().queryParam("q", q).get("/api/claims").then().statusCode(200).body("items", org.hamcrest.Matchers.notNullValue());
        }
        assertEquals(all, ids("/api/claims", Map.of(), 100).size(), "the claim table is intact");
        assertEquals(expected(row -> row.text().contains("€430m")), ids("/api/claims", query("q", "€430m"), 100));
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        String stories = given().queryParam("limit", 1).get("/api/stories").then().extract().path("nextCursor");
        List<List<String>> cases = List.of(
                List.of("limit", "abc"), List.of("limit", "0"), List.of("limit", "101"), List.of("limit", "2.5"),
                List.of("cursor", "'; DROP TABLE claim; --"), List.of("cursor", "YzJ8Y2xhaW1z"), List.of("cursor", stories == null ? "x" : stories),
                List.of("kind", "opinion"), List.of("kind", "MONEY"), List.of("modality", "certain"),
                List.of("minCheckworthiness", "1.5"), List.of("minCheckworthiness", "-0.1"), List.of("minCheckworthiness", "high"),
                List.of("minCheckworthiness", "NaN"), List.of("since", "yesterday"), List.of("since", "2024-13-01"),
                List.of("until", "2024-03-12T25:00:00Z"), List.of("until", "12/03/2024"), List.of("q", "f".repeat(501)), List.of("q", "contract\u0000"), List.of("outlet", "Daily\u0000Klaxon"));
        for (List<String> bad : cases) {
            given().queryParam(bad.get(0), bad.get(1)).get("/api/claims").then().statusCode(400)
                    .contentType("application/problem+json").body("parameter", equalTo(bad.get(0)))
                    .body("status", equalTo(400)).body("instance", equalTo("/api/claims"));
        }
        given().queryParam("q", "f".repeat(500)).get("/api/claims").then().statusCode(200);
        for (String parameter : List.of("story", "article", "entity")) {
            given().queryParam(parameter, "0123456789abcdef0123456789abcdef").get("/api/claims").then().statusCode(404)
                    .contentType("application/problem+json").body("parameter", equalTo(parameter));
        }
        given().queryParam("outlet", "o".repeat(201)).get("/api/articles").then().statusCode(400).body("parameter", equalTo("outlet"));
        given().queryParam("since", "soon").get("/api/articles").then().statusCode(400).body("parameter", equalTo("since"));
        given().get("/api/articles/0123456789abcdef0123456789abcdef").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/entities/0123456789abcdef").then().statusCode(404).contentType("application/problem+json");
        for (String path : List.of("/api/stories/%00", "/api/stories/%27%3B--/facts", "/api/articles/%00", "/api/entities/a%20b")) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().queryParam("story", "x' OR '1'='1").get("/api/claims").then().statusCode(400).body("parameter", equalTo("story"));
        given().queryParam("q", "r".repeat(201)).get("/api/entities").then().statusCode(400).body("parameter", equalTo("q"));
    }

    @Test
    void articlesFilterByStoryOutletAndTime() {
        List<String> klaxon = ids("/api/articles", query("outlet", "Daily Klaxon"), 2);
        List<String> expectedKlaxon = ROWS.stream().filter(row -> row.outlet().equals("Daily Klaxon"))
                .sorted(Comparator.comparing(Row::reportedAt).thenComparing(Row::articleId).reversed())
                .map(Row::articleId).distinct().toList();
        assertEquals(expectedKlaxon, klaxon);
        List<String> all = ids("/api/articles", Map.of(), 3);
        assertEquals(ROWS.stream().sorted(Comparator.comparing(Row::reportedAt).thenComparing(Row::articleId).reversed())
                .map(Row::articleId).distinct().toList(), all, "newest first; two articles tie on time and the id decides");
        List<String> day12 = ids("/api/articles", query("since", "2024-03-12", "until", "2024-03-12"), 2);
        List<String> expectedDay12 = ROWS.stream().filter(row -> row.reportedAt().toString().startsWith("2024-03-12"))
                .sorted(Comparator.comparing(Row::reportedAt).thenComparing(Row::articleId).reversed())
                .map(Row::articleId).distinct().toList();
        assertEquals(expectedDay12, day12);
        List<String> story = ids("/api/articles", query("story", generatedStory, "outlet", "Meridian Wire"), 1);
        assertEquals(ROWS.stream().filter(row -> row.storyId().equals(generatedStory) && row.outlet().equals("Meridian Wire"))
                .sorted(Comparator.comparing(Row::reportedAt).thenComparing(Row::articleId))
                .map(Row::articleId).distinct().toList(), story, "a story's articles come oldest first");
    }

    @Test
    void entitiesByNamePrefixOrByClaimCount() {
        given().queryParam("q", "rend").get("/api/entities").then().statusCode(200)
                .body("items.canonical", equalTo(List.of("Joaquin Rendal")))
                .body("items[0].id", equalTo(sample.rendal));
        given().queryParam("q", "ald MAR").get("/api/entities").then().statusCode(200)
                .body("items.id", equalTo(List.of(sample.aldermoor)));
        given().queryParam("q", "ferry").get("/api/entities").then().statusCode(200).body("items", equalTo(List.of()));
        for (String nasty : List.of("rend:* | !a", "'; DROP TABLE entity; --", "&", "(((")) {
            given().queryParam("q", nasty).get("/api/entities").then().statusCode(200);
        }
        List<Map<String, Object>> ranked = walk("/api/entities", Map.of(), 2);
        assertEquals(List.of(sample.valderra, sample.aldermoor, sample.rendal), ranked.stream().map(item -> item.get("id")).toList(),
                "most claims first: 4, 3, 2");
        assertEquals(4, ranked.get(0).get("claimCount"));
    }

    @Test
    void entityShowsItsStoriesAndRecentClaims() {
        List<String> recent = expected(row -> row.entities().contains(sample.valderra)).subList(0, 10);
        Response detail = given().get("/api/entities/" + sample.valderra).then().statusCode(200)
                .body("canonical", equalTo("Valderra"))
                .body("type", equalTo("place"))
                .body("recentClaims.id", equalTo(recent))
                .body("moreClaims", equalTo("/api/claims?entity=" + sample.valderra))
                .extract().response();
        List<String> stories = detail.path("stories.id");
        assertEquals(List.of(generatedStory, sample.storyId), stories, "six articles of the strike story, three of the sample");
        assertEquals(6, detail.<Integer>path("stories[0].articleCount"));
        assertEquals("Valderra ferry workers threaten strike", detail.path("stories[0].title"));
    }

    @Test
    void outletsByArticleCountThenName() {
        List<Map<String, Object>> outlets = walk("/api/outlets", Map.of(), 2);
        assertEquals(List.of("Daily Klaxon", "Meridian Wire", "The Mercantile Journal", "Harbor Times", "Valderra Post"),
                outlets.stream().map(item -> item.get("name")).toList());
        Map<String, Object> wire = outlets.get(1);
        assertEquals(3, wire.get("firstCount"));
        assertEquals(1, wire.get("aloneCount"));
        assertEquals(2, wire.get("storyCount"));
        given().get("/api/outlets").then().body("items.name", hasItem("Harbor Times"));
    }
}
