package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFetcherRobotsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private TestServer server;
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start()
                .page("/news/1", "text/html", "<p>one</p>")
                .page("/private/x", "text/html", "<p>secret</p>");
        fetcher = new PageFetcher(Settings.loopback().build(), new FakeDns(), clock);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private FetchOutcome fetch(String path) {
        return fetcher.fetch(FetchRequest.of(server.url(path)));
    }

    private String site() {
        return "127.0.0.1:" + server.port();
    }

    @Test
    void disallowedPathIsRefusedAndNeverRequested() {
        server.robots("User-agent: *\nDisallow: /private/\n");

        Refused refused = Outcomes.refused(fetch("/private/x"), RefusalReason.ROBOTS);

        assertEquals("robots.txt of " + site() + " disallows /private/x", refused.detail());
        assertEquals(0, server.count("/private/x"));
    }

    @Test
    void allowedPathIsFetched() {
        server.robots("User-agent: *\nDisallow: /private/\n");

        Outcomes.fetched(fetch("/news/1"));
        assertEquals(1, server.count("/news/1"));
    }

    @Test
    void groupNamingOurProductTokenWins() {
        server.robots("User-agent: *\nDisallow: /\n\nUser-agent: claimwatch-test\nDisallow: /private/\n");

        Outcomes.fetched(fetch("/news/1"));
        Outcomes.refused(fetch("/private/x"), RefusalReason.ROBOTS);
    }

    @Test
    void missingRobotsAllowsEverything() {
        Outcomes.fetched(fetch("/private/x"));
        assertEquals(1, server.count("/robots.txt"));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 410})
    void otherClientErrorsAllowEverythingAsRfc9309Says(int status) {
        server.on("/robots.txt", exchange -> TestServer.respond(exchange, status, "text/plain", "no"));

        Outcomes.fetched(fetch("/private/x"));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 429})
    void serverErrorsAndTooManyRequestsDisallowEverythingForNow(int status) {
        server.on("/robots.txt", exchange -> TestServer.respond(exchange, status, "text/plain", "down"));

        Refused refused = Outcomes.refused(fetch("/news/1"), RefusalReason.ROBOTS);

        assertEquals("robots.txt of " + site() + " answered " + status + "; disallowing for now", refused.detail());
        assertEquals(0, server.count("/news/1"));
    }

    @Test
    void rulesAreCachedPerSiteForTheTtl() {
        server.robots("User-agent: *\nDisallow: /private/\n");

        for (int i = 0; i < 3; i++) {
            Outcomes.fetched(fetch("/news/1"));
            Outcomes.refused(fetch("/private/x"), RefusalReason.ROBOTS);
        }
        assertEquals(1, server.count("/robots.txt"));

        clock.advance(Duration.ofMinutes(59));
        fetch("/news/1");
        assertEquals(1, server.count("/robots.txt"));

        clock.advance(Duration.ofMinutes(1));
        fetch("/news/1");
        assertEquals(2, server.count("/robots.txt"));
    }

    @Test
    void serverErrorIsRetriedAfterAMinuteNotAnHour() {
        server.on("/robots.txt", exchange -> TestServer.respond(exchange, 503, "text/plain", "down"));

        fetch("/news/1");
        fetch("/news/1");
        assertEquals(1, server.count("/robots.txt"));

        clock.advance(RobotsLoader.ERROR_TTL);
        fetch("/news/1");
        assertEquals(2, server.count("/robots.txt"));
    }

    @Test
    void zeroTtlFetchesRobotsEveryTime() {
        try (PageFetcher uncached = new PageFetcher(Settings.loopback().robotsCacheTtl(Duration.ZERO).build(),
                new FakeDns(), clock)) {
            uncached.fetch(FetchRequest.of(server.url("/news/1")));
            uncached.fetch(FetchRequest.of(server.url("/news/1")));
        }
        assertEquals(2, server.count("/robots.txt"));
    }

    @Test
    void crawlDelayLongerThanOurOwnDelayIsHonoured() {
        server.robots("User-agent: *\nCrawl-delay: 1\n");

        fetch("/news/1");
        long start = System.nanoTime();
        fetch("/news/1");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertTrue(millis >= 900, "second fetch came after " + millis + " ms");
    }

    @Test
    void robotsOverHalfAMebibyteIsTruncatedNotRefused() {
        StringBuilder robots = new StringBuilder("User-agent: *\nDisallow: /private/\n");
        while (robots.length() < 600 * 1024) {
            robots.append("# padding padding padding padding padding padding padding padding\n");
        }
        robots.append("Disallow: /news/\n");
        server.robots(robots.toString());

        Outcomes.fetched(fetch("/news/1"));
        Outcomes.refused(fetch("/private/x"), RefusalReason.ROBOTS);
    }

    @Test
    void robotsRedirectIsFollowed() {
        server.on("/robots.txt", exchange -> TestServer.redirect(exchange, 301, "/real-robots.txt"));
        server.page("/real-robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");

        Outcomes.refused(fetch("/private/x"), RefusalReason.ROBOTS);
        assertEquals(1, server.count("/real-robots.txt"));
    }

    @Test
    void robotsRedirectToAnotherSchemeCountsAsNoRobots() {
        server.on("/robots.txt", exchange -> TestServer.redirect(exchange, 302, "ftp://example.com/robots.txt"));

        Outcomes.fetched(fetch("/private/x"));
    }

    @Test
    void robotsRedirectToAForbiddenAddressRefusesTheFetch() {
        server.on("/robots.txt", exchange -> TestServer.redirect(exchange, 302, "http://169.254.169.254/robots.txt"));

        Refused refused = Outcomes.refused(fetch("/news/1"), RefusalReason.ADDRESS);

        assertEquals("fetching robots.txt: address 169.254.169.254 is link-local", refused.detail());
        assertEquals(0, server.count("/news/1"));
    }

    @Test
    void gzippedRobotsIsDecoded() {
        server.on("/robots.txt", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.respond(exchange, 200, "text/plain",
                    BodyReaderTest.gzip("User-agent: *\nDisallow: /private/\n".getBytes()));
        });

        Outcomes.refused(fetch("/private/x"), RefusalReason.ROBOTS);
    }

    @Test
    void robotsThatTimesOutFailsTheFetchAndIsNotCached() {
        server.on("/robots.txt", exchange -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestServer.respond(exchange, 200, "text/plain", "User-agent: *\nDisallow:\n");
        });
        try (PageFetcher impatient = new PageFetcher(Settings.loopback().readTimeout(Duration.ofMillis(300)).build(),
                new FakeDns(), clock)) {
            Failed failed = Outcomes.failed(impatient.fetch(FetchRequest.of(server.url("/news/1"))), FailureReason.TIMEOUT);
            assertEquals("fetching robots.txt: no data from " + site() + " for 300 ms", failed.detail());

            impatient.fetch(FetchRequest.of(server.url("/news/1")));
            assertEquals(2, server.count("/robots.txt"));
        }
    }

    @Test
    void unreachableSiteFailsAsConnectNotAsRobots() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Failed failed = Outcomes.failed(fetcher.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + closedPort + "/"))),
                FailureReason.CONNECT);

        assertEquals("connection to 127.0.0.1:" + closedPort + " refused", failed.detail());
    }

    @Test
    void ourUserAgentIsSentForRobotsAndPages() {
        fetch("/news/1");

        List<TestServer.Seen> seen = server.seen();
        assertEquals(2, seen.size());
        for (TestServer.Seen request : seen) {
            assertEquals("claimwatch-test/1.0 (+https://claimwatch.example/bot)", request.headers().getFirst("User-Agent"));
        }
    }
}
