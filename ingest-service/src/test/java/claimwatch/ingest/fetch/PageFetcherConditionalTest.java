package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;

class PageFetcherConditionalTest {

    private static final String ETAG = "\"a1b2c3\"";
    private static final String LAST_MODIFIED = "Wed, 05 Mar 2025 10:00:00 GMT";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-05T12:00:00Z"));
    private TestServer server;
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start().on("/article", PageFetcherConditionalTest::conditional);
        fetcher = new PageFetcher(Settings.loopback().build(), new FakeDns(), clock);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    /** Answers 304 when either validator matches, as a real origin would. */
    private static void conditional(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("ETag", ETAG);
        exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ETAG.equals(ifNoneMatch) || LAST_MODIFIED.equals(ifModifiedSince)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        TestServer.respond(exchange, 200, "text/html", "<p>article</p>");
    }

    private URI url() {
        return server.url("/article");
    }

    @Test
    void firstFetchCarriesTheValidatorsAndSendsNone() {
        Fetched page = Outcomes.fetched(fetcher.fetch(FetchRequest.of(url())));

        assertEquals(ETAG, page.etag());
        assertEquals(LAST_MODIFIED, page.lastModified());
        assertEquals(clock.instant(), page.fetchedAt());
        assertNull(server.last("/article").headers().getFirst("If-None-Match"));
        assertNull(server.last("/article").headers().getFirst("If-Modified-Since"));
    }

    @Test
    void validatorsFromTheLastFetchGiveNotModified() {
        Fetched first = Outcomes.fetched(fetcher.fetch(FetchRequest.of(url())));
        clock.advance(Duration.ofMinutes(5));

        FetchOutcome second = fetcher.fetch(new FetchRequest(url(), first.etag(), first.lastModified()));

        NotModified notModified = assertInstanceOf(NotModified.class, second);
        assertEquals(url(), notModified.url());
        assertEquals(ETAG, notModified.etag());
        assertEquals(LAST_MODIFIED, notModified.lastModified());
        assertEquals(clock.instant(), notModified.fetchedAt());
        assertEquals(ETAG, server.last("/article").headers().getFirst("If-None-Match"));
        assertEquals(LAST_MODIFIED, server.last("/article").headers().getFirst("If-Modified-Since"));
    }

    @Test
    void etagAloneIsSentAlone() {
        assertInstanceOf(NotModified.class, fetcher.fetch(new FetchRequest(url(), ETAG, null)));

        assertEquals(ETAG, server.last("/article").headers().getFirst("If-None-Match"));
        assertNull(server.last("/article").headers().getFirst("If-Modified-Since"));
    }

    @Test
    void lastModifiedAloneIsSentAlone() {
        assertInstanceOf(NotModified.class, fetcher.fetch(new FetchRequest(url(), null, LAST_MODIFIED)));

        assertNull(server.last("/article").headers().getFirst("If-None-Match"));
    }

    @Test
    void staleValidatorGetsTheFullPage() {
        Fetched page = Outcomes.fetched(fetcher.fetch(new FetchRequest(url(), "\"old\"", null)));

        assertEquals("<p>article</p>", page.text());
        assertEquals(ETAG, page.etag());
    }

    @Test
    void bare304KeepsTheRequestsValidators() {
        server.on("/bare", exchange -> exchange.sendResponseHeaders(304, -1));

        NotModified notModified = assertInstanceOf(NotModified.class,
                fetcher.fetch(new FetchRequest(server.url("/bare"), "\"mine\"", LAST_MODIFIED)));

        assertEquals("\"mine\"", notModified.etag());
        assertEquals(LAST_MODIFIED, notModified.lastModified());
    }

    @Test
    void blankValidatorsCountAsAbsent() {
        FetchRequest request = new FetchRequest(url(), "  ", "");

        assertNull(request.etag());
        assertNull(request.lastModified());
    }

    @Test
    void validatorsWithLineBreaksAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FetchRequest(url(), "\"a\"\r\nX-Evil: 1", null));
        assertThrows(IllegalArgumentException.class, () -> new FetchRequest(url(), null, "Wed\n"));
        assertThrows(NullPointerException.class, () -> FetchRequest.of(null));
    }
}
