package claimwatch.ingest.feed;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.LocalWebServer;
import claimwatch.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class FeedPollingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private LocalWebServer web;

    @BeforeEach
    void startOutlet() {
        web = LocalWebServer.start();
        web.document("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    }

    @AfterEach
    void stopOutlet() {
        web.close();
    }

    @Test
    void rssEntriesArePublishedOnceRobotsAreHonouredAndUnchangedFeedsAreNotModified() {
        String run = Long.toString(System.nanoTime());
        web.document("/news/a", "text/html", page("Ferry fares rise", run + " Ferry fares will rise by 4 percent on 1 April, the operator said."));
        web.document("/news/b", "text/html", page("New berth opens", run + " A new berth for 2 cruise ships opened on Friday in the old harbour."));
        web.document("/private/c", "text/html", page("Hidden", run + " This page is behind robots.txt and has 9 numbers."));
        web.document("/rss.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbor Times</title><link>%s</link>
                <item><title>Ferry fares rise</title><link>%s</link><pubDate>Tue, 12 Mar 2024 08:30:00 GMT</pubDate></item>
                <item><title>New berth opens</title><link>%s?utm_source=rss</link></item>
                <item><title>Hidden</title><link>%s</link></item>
                </channel></rss>""".formatted(web.url("/"), web.url("/news/a"), web.url("/news/b"), web.url("/private/c")));

        long id = register(web.url("/rss.xml"), 1);
        JsonPath feed = awaitFeed(id, json -> json.getInt("counts.articlesPublished") == 2 && json.getInt("counts.pageFailures") == 1);
        assertEquals("Harbor Times", feed.getString("outlet"));
        assertEquals(3, feed.getInt("counts.entriesSeen"));

        awaitFeed(id, json -> "not_modified".equals(json.getString("status")));
        assertEquals(1, web.requestsFor("/news/a"), "a page is fetched once");
        assertEquals(0, web.requestsFor("/private/c"), "robots.txt disallows it");
        assertEquals(1, web.requestsFor("/robots.txt"), "robots.txt is cached");
    }

    @Test
    void sitemapIndexLeadsToNewsSitemapEntries() {
        String run = Long.toString(System.nanoTime());
        web.document("/news/d", "text/html", page("Dock strike ends", run + " The dock strike ended after 11 days, the union said."));
        web.document("/sitemap_index.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s</loc></sitemap>
                </sitemapindex>""".formatted(web.url("/news-sitemap.xml")));
        web.document("/news-sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>%s</loc><news:news><news:publication><news:name>Harbor Times</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2024-03-12T08:30:00Z</news:publication_date><news:title>Dock strike ends</news:title></news:news></url>
                </urlset>""".formatted(web.url("/news/d")));

        long id = register(web.url("/sitemap_index.xml"), 60);
        awaitFeed(id, json -> json.getInt("counts.articlesPublished") == 1);
    }

    @Test
    void failingFeedRecordsTheErrorAndBacksOff() {
        web.status("/broken.xml", 500);
        long id = register(web.url("/broken.xml"), 1);
        JsonPath feed = awaitFeed(id, json -> json.getInt("consecutiveFailures") >= 1);
        assertEquals("failed", feed.getString("status"));
        assertTrue(feed.getString("lastError").contains("500"), feed.getString("lastError"));
        Duration wait = Duration.between(Instant.parse(feed.getString("lastPolledAt")), Instant.parse(feed.getString("nextPollAt")));
        assertTrue(wait.compareTo(Duration.ofSeconds(2)) >= 0, "backs off beyond the 1 s interval: " + wait);
    }

    @Test
    void unparseableFeedSaysSo() {
        web.document("/not-a-feed.xml", "application/xml", "<html><body>this is a web page, not a feed</body></html>");
        long id = register(web.url("/not-a-feed.xml"), 60);
        awaitFeed(id, json -> "unparseable".equals(json.getString("status")));
    }

    @Test
    void feedsAreRegisteredOnceAndCanBeDeleted() {
        long id = register(web.url("/once.xml"), 60);
        given().contentType("application/json").body(Map.of("url", web.url("/once.xml"))).post("/feeds")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/feeds").then().statusCode(200).body("items.id", hasItem((int) id));
        given().delete("/feeds/" + id).then().statusCode(204);
        given().get("/feeds/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/feeds/" + id).then().statusCode(404);
    }

    @Test
    void badRegistrationsNameTheField() {
        given().contentType("application/json").body(Map.of("url", "ftp://files.example/feed")).post("/feeds")
                .then().statusCode(400).body("errors.field", hasItem("url"));
        given().contentType("application/json").body("{}").post("/feeds")
                .then().statusCode(400).body("errors.field", hasItem("url"));
        given().contentType("application/json").body(Map.of("url", "https://example.com/rss", "pollIntervalSeconds", 0)).post("/feeds")
                .then().statusCode(400).body("errors.field", hasItem("pollIntervalSeconds"));
    }

    private long register(String url, int pollIntervalSeconds) {
        return given().contentType("application/json")
                .body(Map.of("url", url, "outlet", "Harbor Times", "pollIntervalSeconds", pollIntervalSeconds))
                .post("/feeds").then().statusCode(201).body("status", equalTo("pending"))
                .extract().jsonPath().getLong("id");
    }

    private JsonPath awaitFeed(long id, java.util.function.Predicate<JsonPath> condition) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = given().get("/feeds/" + id).then().statusCode(200).extract().jsonPath();
            return condition.test(last[0]);
        });
        return last[0];
    }

    private static String page(String title, String sentence) {
        return "<html><head><title>" + title + "</title></head><body><nav>Home | News</nav><article><h1>" + title + "</h1><p>" + sentence
                + " The harbour authority confirmed the figures in a statement and said more details would follow next week.</p>"
                + "<p>Local businesses welcomed the news, and the council said it would discuss the matter at its next meeting.</p></article></body></html>";
    }
}
