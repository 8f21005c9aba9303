package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherLimitsTest {

    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static FetchOutcome fetch(FetchSettings settings, URI url) {
        try (PageFetcher fetcher = new PageFetcher(settings, new FakeDns(), Clock.systemUTC())) {
            return fetcher.fetch(FetchRequest.of(url));
        }
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 100 MB of zeros gzipped to about 100 KB, made here so no bomb sits in the repository. */
    private static byte[] gzipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
            for (int i = 0; i < 100; i++) {
                gzip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void declaredContentLengthOverTheCapIsRefusedBeforeReading() {
        server.on("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 10L * 1024 * 1024);
            OutputStream body = exchange.getResponseBody();
            body.write(new byte[1024]);
            body.flush();
            pause(5000);
        });

        long start = System.nanoTime();
        Refused refused = Outcomes.refused(fetch(Settings.loopback().build(), server.url("/huge")), RefusalReason.TOO_LARGE);

        assertEquals("Content-Length 10485760 exceeds 5242880 bytes", refused.detail());
        assertTrue(millisSince(start) < 2000, "waited for a body it should not read");
    }

    @Test
    void chunkedBodyOverTheCapIsRefusedWhileStreaming() {
        server.on("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 1024; i++) {
                    body.write(chunk);
                }
            } catch (IOException e) {
                // The fetcher hung up at its cap, as it should.
            }
        });

        long start = System.nanoTime();
        Refused refused = Outcomes.refused(fetch(Settings.loopback().maxBodyBytes(1_000_000).build(),
                server.url("/endless")), RefusalReason.TOO_LARGE);

        assertEquals("body exceeds 1000000 bytes", refused.detail());
        assertTrue(millisSince(start) < 5000);
    }

    @Test
    void bodyExactlyAtTheCapIsAccepted() {
        byte[] body = new byte[1000];
        Arrays.fill(body, (byte) 'a');
        server.on("/exact", exchange -> TestServer.respond(exchange, 200, "text/plain", body));

        Fetched page = Outcomes.fetched(fetch(Settings.loopback().maxBodyBytes(1000).build(), server.url("/exact")));

        assertEquals(1000, page.body().length);
    }

    @Test
    void gzipBombIsRefusedQuicklyWithBoundedMemory() throws Exception {
        byte[] bomb = gzipBomb();
        assertTrue(bomb.length < 200_000, "bomb is " + bomb.length + " bytes");
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.respond(exchange, 200, "text/html", bomb);
        });

        long allocatedBefore = allocatedByThisThread();
        long start = System.nanoTime();
        Refused refused = Outcomes.refused(fetch(Settings.loopback().build(), server.url("/bomb")), RefusalReason.TOO_LARGE);
        long allocated = allocatedByThisThread() - allocatedBefore;

        assertEquals("body exceeds 5242880 bytes after gzip decoding", refused.detail());
        assertTrue(millisSince(start) < 5000, "took " + millisSince(start) + " ms");
        assertTrue(allocated < 40L * 1024 * 1024, "allocated " + allocated / (1024 * 1024) + " MiB for a 5 MiB cap");
    }

    @Test
    void gzippedPageIsDecodedAndWeAskedForIt() throws Exception {
        String html = "<p>" + "Die Fähre. ".repeat(1000) + "</p>";
        server.on("/gz", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.respond(exchange, 200, "text/html; charset=utf-8",
                    BodyReaderTest.gzip(html.getBytes(StandardCharsets.UTF_8)));
        });

        Fetched page = Outcomes.fetched(fetch(Settings.loopback().build(), server.url("/gz")));

        assertEquals(html, page.text());
        assertEquals("gzip, deflate", server.last("/gz").headers().getFirst("Accept-Encoding"));
    }

    @Test
    void deflatedPageIsDecoded() throws Exception {
        server.on("/deflate", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "deflate");
            TestServer.respond(exchange, 200, "text/plain", BodyReaderTest.deflate("deflated".getBytes(), true));
        });

        assertEquals("deflated", Outcomes.fetched(fetch(Settings.loopback().build(), server.url("/deflate"))).text());
    }

    @Test
    void corruptGzipIsMalformed() {
        server.on("/corrupt", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.respond(exchange, 200, "text/html", "this is not gzip at all");
        });

        Failed failed = Outcomes.failed(fetch(Settings.loopback().build(), server.url("/corrupt")), FailureReason.MALFORMED);

        assertTrue(failed.detail().startsWith("corrupt compressed body from 127.0.0.1:"), failed.detail());
    }

    @Test
    void unsupportedEncodingIsMalformed() {
        server.on("/br", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "br");
            TestServer.respond(exchange, 200, "text/html", "\u0001\u0002");
        });

        Failed failed = Outcomes.failed(fetch(Settings.loopback().build(), server.url("/br")), FailureReason.MALFORMED);

        assertEquals("unsupported Content-Encoding br", failed.detail());
    }

    @Test
    void nonTextContentTypeIsRefusedWithoutDownloading() {
        server.on("/photo.jpg", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 1024; i++) {
                    body.write(new byte[64 * 1024]);
                }
            } catch (IOException e) {
                // Hung up on, as expected.
            }
        });

        long start = System.nanoTime();
        Refused refused = Outcomes.refused(fetch(Settings.loopback().build(), server.url("/photo.jpg")),
                RefusalReason.CONTENT_TYPE);

        assertEquals("content type image/jpeg is not text, HTML, XML or JSON", refused.detail());
        assertTrue(millisSince(start) < 3000);
    }

    @Test
    void serverSendingOneByteASecondEndsAtTheTotalDeadline() throws Exception {
        try (RawServer drip = RawServer.start((head, socket) -> {
            RawServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 60\r\n\r\n");
            RawServer.drip(socket, "x".repeat(60), 1000);
        })) {
            FetchSettings settings = Settings.loopback().totalTimeout(Duration.ofSeconds(2)).build();

            long start = System.nanoTime();
            Failed failed = Outcomes.failed(fetch(settings, drip.url("http", "/slow")), FailureReason.TIMEOUT);
            long elapsed = millisSince(start);

            assertTrue(failed.detail().startsWith("total deadline of 2 s exceeded"), failed.detail());
            assertTrue(elapsed >= 1800 && elapsed < 3500, "ended after " + elapsed + " ms");
        }
    }

    @Test
    void serverDripFeedingItsHeadersEndsAtTheTotalDeadline() throws Exception {
        try (RawServer drip = RawServer.start((head, socket) -> RawServer.drip(socket,
                "HTTP/1.1 200 OK\r\nX-Padding: " + "p".repeat(100) + "\r\nContent-Length: 0\r\n\r\n", 100))) {
            FetchSettings settings = Settings.loopback().totalTimeout(Duration.ofSeconds(2)).build();

            long start = System.nanoTime();
            Failed failed = Outcomes.failed(fetch(settings, drip.url("http", "/slow-head")), FailureReason.TIMEOUT);
            long elapsed = millisSince(start);

            assertTrue(failed.detail().startsWith("total deadline of 2 s exceeded"), failed.detail());
            assertTrue(elapsed >= 1800 && elapsed < 3500, "ended after " + elapsed + " ms");
        }
    }

    @Test
    void silentServerHitsTheReadTimeout() throws Exception {
        try (RawServer silent = RawServer.start((head, socket) -> pause(5000))) {
            FetchSettings settings = Settings.loopback().readTimeout(Duration.ofMillis(500)).build();

            long start = System.nanoTime();
            Failed failed = Outcomes.failed(fetch(settings, silent.url("http", "/quiet")), FailureReason.TIMEOUT);

            assertTrue(failed.detail().startsWith("no data from 127.0.0.1:"), failed.detail());
            assertTrue(failed.detail().endsWith(" for 500 ms"), failed.detail());
            assertTrue(millisSince(start) < 3000);
        }
    }
}
