package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire: headers, connection reuse, and what HttpClient must not do on its own. */
class PageFetcherHttpTest {

    private final List<InetSocketAddress> connects = new CopyOnWriteArrayList<>();
    private TestServer server;
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start().page("/a", "text/html", "<p>a</p>").page("/b", "text/html", "<p>b</p>");
        fetcher = new PageFetcher(Settings.loopback().build(), new FakeDns(), Clock.systemUTC(), connects::add);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void keepAliveServesRobotsAndSeveralPagesOverOneConnection() {
        for (int i = 0; i < 3; i++) {
            Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url("/a"))));
        }

        assertEquals(4, server.seen().size());
        assertEquals(1, connects.size(), connects.toString());
    }

    @Test
    void smallRedirectBodyIsDrainedSoTheConnectionIsReused() {
        server.on("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/a");
            TestServer.respond(exchange, 301, "text/html", "<a href=/a>moved</a>");
        });

        Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url("/moved"))));

        assertEquals(1, connects.size(), connects.toString());
    }

    @Test
    void pageSentsAcceptAndAcceptEncodingButRobotsGetsNoValidators() {
        fetcher.fetch(new FetchRequest(server.url("/a"), "\"e1\"", "Wed, 05 Mar 2025 10:00:00 GMT"));

        TestServer.Seen robots = server.last("/robots.txt");
        TestServer.Seen page = server.last("/a");
        assertNull(robots.headers().getFirst("If-None-Match"));
        assertNull(robots.headers().getFirst("If-Modified-Since"));
        assertEquals("\"e1\"", page.headers().getFirst("If-None-Match"));
        assertTrue(page.headers().getFirst("Accept").startsWith("text/html"), page.headers().getFirst("Accept"));
        assertEquals("gzip, deflate", page.headers().getFirst("Accept-Encoding"));
    }

    @Test
    void cookiesAreNeverStoredOrSent() {
        server.on("/set-cookie", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "session=abc; Path=/");
            TestServer.respond(exchange, 200, "text/plain", "cookie");
        });

        fetcher.fetch(FetchRequest.of(server.url("/set-cookie")));
        fetcher.fetch(FetchRequest.of(server.url("/a")));

        assertNull(server.last("/a").headers().getFirst("Cookie"));
    }

    @Test
    void queryStringIsSentAsGiven() {
        server.on("/search", exchange -> TestServer.respond(exchange, 200, "text/plain",
                exchange.getRequestURI().getRawQuery()));

        Fetched page = Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url("/search?q=f%C3%A4hre&page=2"))));

        assertEquals("q=f%C3%A4hre&page=2", page.text());
    }

    @Test
    void fragmentIsNotSentAndNotInTheFinalUrl() {
        Fetched page = Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url("/a#comments"))));

        assertEquals(server.url("/a"), page.finalUrl());
        assertEquals(server.url("/a#comments"), page.url());
    }

    @Test
    void robotsIsKeptPerOriginSoAnotherPortOfTheSameHostHasItsOwn() throws Exception {
        try (TestServer other = TestServer.start().robots("User-agent: *\nDisallow: /\n").page("/a", "text/plain", "a")) {
            server.robots("User-agent: *\nDisallow:\n");

            Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url("/a"))));
            Outcomes.refused(fetcher.fetch(FetchRequest.of(other.url("/a"))), RefusalReason.ROBOTS);

            assertEquals(1, server.count("/robots.txt"));
            assertEquals(1, other.count("/robots.txt"));
        }
    }

    @Test
    void robotsRedirectChainLongerThanFiveCountsAsNoRobots() {
        for (int i = 0; i < 7; i++) {
            String from = i == 0 ? "/robots.txt" : "/r" + i;
            String to = "/r" + (i + 1);
            server.on(from, exchange -> TestServer.redirect(exchange, 302, to));
        }

        Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url("/a"))));

        assertEquals(1, server.count("/r5"));
        assertEquals(0, server.count("/r6"));
    }

    @Test
    void httpsConnectsThroughTheGuardedSocketBeforeAnyTls() throws Exception {
        try (RawServer tls = RawServer.startUnread((head, socket) -> {
            socket.getInputStream().read(new byte[1024]);
            RawServer.write(socket, "not a TLS server\r\n");
        })) {
            Outcomes.failed(fetcher.fetch(FetchRequest.of(tls.url("https", "/"))), FailureReason.CONNECT);

            assertEquals(1, connects.size());
            assertEquals(tls.url("https", "/").getPort(), connects.get(0).getPort());
        }
    }

    @Test
    void httpsToAForbiddenAddressNeverStartsTls() throws Exception {
        try (RawServer tls = RawServer.startUnread((head, socket) -> RawServer.write(socket, "x"));
                PageFetcher strict = new PageFetcher(Settings.loopback().allow().build(), new FakeDns(), Clock.systemUTC(),
                        connects::add)) {
            Outcomes.refused(strict.fetch(FetchRequest.of(tls.url("https", "/"))), RefusalReason.ADDRESS);

            assertEquals(List.of(), connects);
            assertEquals(0, tls.connections());
        }
    }

    @Test
    void ipv6HostHeaderIsBracketed() throws Exception {
        try (TestServer v6 = TestServer.startOn("::1").page("/six", "text/plain", "six")) {
            Outcomes.fetched(fetcher.fetch(FetchRequest.of(v6.url("/six"))));

            assertEquals("[::1]:" + v6.port(), v6.last("/six").headers().getFirst("Host"));
        }
    }
}
