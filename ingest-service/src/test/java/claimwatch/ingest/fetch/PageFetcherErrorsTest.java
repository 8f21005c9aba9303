package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFetcherErrorsTest {

    private final FakeDns dns = new FakeDns();
    private TestServer server;
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        fetcher = new PageFetcher(Settings.loopback().build(), dns, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private FetchOutcome fetch(URI url) {
        return fetcher.fetch(FetchRequest.of(url));
    }

    private String site() {
        return "127.0.0.1:" + server.port();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 410, 451, 500, 502, 504})
    void errorStatusesFailWithTheStatus(int status) {
        server.on("/page", exchange -> TestServer.respond(exchange, status, "text/html", "<p>error</p>"));

        Failed failed = Outcomes.failed(fetch(server.url("/page")), FailureReason.HTTP_STATUS);

        assertEquals(status, failed.status());
        assertEquals("HTTP " + status + " from " + site(), failed.detail());
        assertEquals(server.url("/page"), failed.url());
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void throttlingStatusesCarryRetryAfterForThePoller(int status) {
        server.on("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            TestServer.respond(exchange, status, "text/plain", "slow down");
        });

        Failed failed = Outcomes.failed(fetch(server.url("/busy")), FailureReason.HTTP_STATUS);

        assertEquals(status, failed.status());
        assertEquals("HTTP " + status + " from " + site() + " (Retry-After: 120)", failed.detail());
    }

    @Test
    void errorWithALargeBodyIsNotDownloaded() {
        server.on("/big-error", exchange -> {
            exchange.sendResponseHeaders(500, 50L * 1024 * 1024);
            try (var body = exchange.getResponseBody()) {
                for (int i = 0; i < 800; i++) {
                    body.write(new byte[64 * 1024]);
                }
            } catch (IOException e) {
                // Hung up on, as expected.
            }
        });

        long start = System.nanoTime();
        Outcomes.failed(fetch(server.url("/big-error")), FailureReason.HTTP_STATUS);

        assertTrue(System.nanoTime() - start < 3_000_000_000L);
    }

    @Test
    void closedPortIsAConnectFailure() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        Failed failed = Outcomes.failed(fetch(URI.create("http://127.0.0.1:" + port + "/")), FailureReason.CONNECT);

        assertEquals("connection to 127.0.0.1:" + port + " refused", failed.detail());
        assertEquals(0, failed.status());
    }

    @Test
    void unknownHostIsADnsFailure() {
        Failed failed = Outcomes.failed(fetch(URI.create("http://no-such-outlet.example/news")), FailureReason.DNS);

        assertEquals("host no-such-outlet.example not found", failed.detail());
        assertEquals(List.of("no-such-outlet.example"), dns.asked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://files.example/a.txt", "file:///etc/passwd", "javascript:alert(1)",
        "mailto:desk@example.com", "FTP://files.example/"})
    void nonHttpSchemesAreRefusedWithoutAnyLookup(String url) {
        Refused refused = Outcomes.refused(fetch(URI.create(url)), RefusalReason.SCHEME);

        assertTrue(refused.detail().matches("scheme [a-z]+ is not http or https"), refused.detail());
        assertEquals(List.of(), dns.asked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative/path", "http:///path", "http://:8080/", "https:opaque", "http://example.com:0/"})
    void invalidUrlsAreMalformed(String url) {
        Failed failed = Outcomes.failed(fetch(URI.create(url)), FailureReason.MALFORMED);

        assertTrue(failed.detail().startsWith("invalid URL " + url + ": "), failed.detail());
        assertEquals(List.of(), dns.asked());
    }

    @Test
    void upperCaseHttpSchemeIsFine() {
        server.page("/x", "text/plain", "x");

        assertEquals("x", Outcomes.fetched(fetch(URI.create(server.url("/x").toString().replace("http:", "HTTP:")))).text());
    }

    @Test
    void tlsHandshakeWithAServerSpeakingGarbageIsAConnectFailure() throws Exception {
        try (RawServer garbage = RawServer.startUnread((head, socket) -> {
            socket.getInputStream().read(new byte[1024]);
            RawServer.write(socket, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        })) {
            Failed failed = Outcomes.failed(fetch(garbage.url("https", "/")), FailureReason.CONNECT);

            assertTrue(failed.detail().startsWith("TLS with 127.0.0.1:"), failed.detail());
        }
    }

    @Test
    void serverHangingUpWithoutAnswerIsAnIoFailure() throws Exception {
        try (RawServer rude = RawServer.start((head, socket) -> socket.close())) {
            Failed failed = Outcomes.failed(fetch(rude.url("http", "/")), FailureReason.IO);

            assertTrue(failed.detail().endsWith("closed the connection without a response"), failed.detail());
        }
    }

    @Test
    void bodyCutShortIsAnIoFailure() throws Exception {
        try (RawServer cut = RawServer.start((head, socket) -> RawServer.write(socket,
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nonly a little"))) {
            Failed failed = Outcomes.failed(fetch(cut.url("http", "/")), FailureReason.IO);

            assertTrue(failed.detail().startsWith("I/O error with 127.0.0.1:"), failed.detail());
        }
    }

    @Test
    void headerLineWithoutColonIsMalformed() throws Exception {
        try (RawServer garbage = RawServer.start((head, socket) -> RawServer.write(socket,
                "HTTP/1.1 200 OK\r\nthis line has no colon\r\nContent-Length: 0\r\n\r\n"))) {
            Failed failed = Outcomes.failed(fetch(garbage.url("http", "/")), FailureReason.MALFORMED);

            assertTrue(failed.detail().startsWith("bad HTTP from 127.0.0.1:"), failed.detail());
        }
    }

    @Test
    void brokenChunkedEncodingIsMalformed() throws Exception {
        try (RawServer garbage = RawServer.start((head, socket) -> RawServer.write(socket,
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nxx\r\n"))) {
            Failed failed = Outcomes.failed(fetch(garbage.url("http", "/")), FailureReason.MALFORMED);

            assertTrue(failed.detail().startsWith("bad HTTP from 127.0.0.1:"), failed.detail());
        }
    }

    @Test
    void answerThatIsNotHttpAtAllCountsAsNoResponse() throws Exception {
        try (RawServer garbage = RawServer.start((head, socket) -> RawServer.write(socket, "SSH-2.0-OpenSSH\r\n"))) {
            Failed failed = Outcomes.failed(fetch(garbage.url("http", "/")), FailureReason.IO);

            assertTrue(failed.detail().endsWith("closed the connection without a response"), failed.detail());
        }
    }

    @Test
    void systemResolverConstructorWorksForLiteralUrls() {
        server.page("/x", "text/plain", "x");
        try (PageFetcher plain = new PageFetcher(Settings.loopback().build())) {
            assertEquals("x", Outcomes.fetched(plain.fetch(FetchRequest.of(server.url("/x")))).text());
        }
    }

    @Test
    void closedFetcherRefusesToWork() {
        fetcher.close();

        assertThrows(IllegalStateException.class, () -> fetch(server.url("/x")));
    }

    @Test
    void closingWhileAFetchIsInFlightEndsItWithAnOutcomeNotAnException() throws Exception {
        server.on("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestServer.respond(exchange, 200, "text/plain", "late");
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<FetchOutcome> inFlight = pool.submit(() -> fetch(server.url("/slow")));
            for (int i = 0; i < 100 && server.count("/slow") == 0; i++) {
                Thread.sleep(20);
            }
            fetcher.close();

            Outcomes.failed(inFlight.get(5, TimeUnit.SECONDS), FailureReason.IO);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        fetcher.close();
        fetcher.close();
    }

    @Test
    void nullRequestIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> fetcher.fetch(null));
    }
}
