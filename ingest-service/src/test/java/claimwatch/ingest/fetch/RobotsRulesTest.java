package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import crawlercommons.robots.SimpleRobotRulesParser;

class RobotsRulesTest {

    private static RobotsRules parse(String robots) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
        return RobotsRules.parsed(parser.parseContent("http://news.example/robots.txt",
                robots.getBytes(StandardCharsets.UTF_8), "text/plain", List.of("claimwatch")));
    }

    private static TargetUrl url(String url) throws FetchStop {
        return TargetUrl.parse(URI.create(url));
    }

    @Test
    void groupForOurRobotNameApplies() throws Exception {
        RobotsRules rules = parse("User-agent: *\nDisallow: /\n\nUser-agent: claimwatch\nDisallow: /private/\n");

        assertEquals(Optional.empty(), rules.refusal(url("http://news.example/news/1")));
        assertEquals(Optional.of("robots.txt of news.example disallows /private/x"),
                rules.refusal(url("http://news.example/private/x?y=1")));
    }

    @Test
    void wildcardGroupAppliesWhenWeAreNotNamed() throws Exception {
        RobotsRules rules = parse("User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\n");

        assertEquals(Optional.empty(), rules.refusal(url("http://news.example/news/1")));
        assertTrue(rules.refusal(url("http://news.example/search?q=x")).isPresent());
    }

    @Test
    void allowOverridesALessSpecificDisallow() throws Exception {
        RobotsRules rules = parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\n");

        assertEquals(Optional.empty(), rules.refusal(url("http://news.example/news/public/1")));
        assertTrue(rules.refusal(url("http://news.example/news/secret")).isPresent());
    }

    @Test
    void crawlDelayIsReadAndCappedAtAMinute() {
        assertEquals(Duration.ofSeconds(3), parse("User-agent: *\nCrawl-delay: 3\n").crawlDelay());
        assertEquals(Duration.ofMillis(500), parse("User-agent: *\nCrawl-delay: 0.5\n").crawlDelay());
        assertEquals(RobotsRules.MAX_CRAWL_DELAY, parse("User-agent: *\nCrawl-delay: 3600\n").crawlDelay());
        assertEquals(Duration.ZERO, parse("User-agent: *\nDisallow:\n").crawlDelay());
    }

    @Test
    void hugeCrawlDelayDoesNotTurnIntoDisallowAll() throws Exception {
        RobotsRules rules = parse("User-agent: *\nCrawl-delay: 86400\nDisallow: /x\n");

        assertEquals(Optional.empty(), rules.refusal(url("http://news.example/news/1")));
    }

    @Test
    void allowAllAndDisallowAll() throws Exception {
        assertEquals(Optional.empty(), RobotsRules.allowAll().refusal(url("http://news.example/anything")));
        assertEquals(Optional.of("robots.txt of news.example:8080 answered 503; disallowing for now"),
                RobotsRules.disallowAll("answered 503").refusal(url("http://news.example:8080/x")));
        assertEquals(Duration.ZERO, RobotsRules.allowAll().crawlDelay());
    }

    @Test
    void cacheKeepsRulesUntilTheyExpire() {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        RobotsCache cache = new RobotsCache(clock, 100);
        RobotsRules rules = RobotsRules.allowAll();

        cache.put("http://a.example:80", rules, Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(9));
        assertEquals(Optional.of(rules), cache.get("http://a.example:80"));

        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), cache.get("http://a.example:80"));
        assertEquals(0, cache.size());
    }

    @Test
    void cacheWithZeroTtlStoresNothing() {
        RobotsCache cache = new RobotsCache(new MutableClock(Instant.EPOCH), 100);

        cache.put("http://a.example:80", RobotsRules.allowAll(), Duration.ZERO);

        assertEquals(Optional.empty(), cache.get("http://a.example:80"));
    }

    @Test
    void crowdedCacheDropsExpiredEntriesFirstAndStaysBounded() {
        MutableClock clock = new MutableClock(Instant.EPOCH);
        RobotsCache cache = new RobotsCache(clock, 3);
        cache.put("http://old.example:80", RobotsRules.allowAll(), Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(2));
        for (int i = 0; i < 10; i++) {
            cache.put("http://host" + i + ".example:80", RobotsRules.allowAll(), Duration.ofHours(1));
        }

        assertTrue(cache.size() <= 3, "size " + cache.size());
        assertTrue(cache.get("http://host9.example:80").isPresent(), "the entry just stored survives");
        assertEquals(Optional.empty(), cache.get("http://old.example:80"));
    }
}
