package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A loopback listener that never accepts and whose backlog is full: the kernel drops further SYNs, so connects hang. */
class PageFetcherConnectTimeoutTest {

    private ServerSocket listener;
    private final List<Socket> fillers = new ArrayList<>();

    @BeforeEach
    void fillBacklog() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        for (int i = 0; i < 8; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(new InetSocketAddress("127.0.0.1", listener.getLocalPort()), 200);
                fillers.add(filler);
            } catch (SocketTimeoutException e) {
                filler.close();
                return;
            }
        }
        assumeTrue(false, "this kernel accepts connects beyond the backlog; cannot provoke a connect timeout");
    }

    @AfterEach
    void close() throws IOException {
        for (Socket filler : fillers) {
            filler.close();
        }
        listener.close();
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
    }

    @Test
    void connectThatHangsEndsAtTheConnectTimeout() {
        FetchSettings settings = Settings.loopback().connectTimeout(Duration.ofMillis(500)).build();
        try (PageFetcher fetcher = new PageFetcher(settings, new FakeDns(), Clock.systemUTC())) {
            long start = System.nanoTime();
            Failed failed = Outcomes.failed(fetcher.fetch(FetchRequest.of(url())), FailureReason.TIMEOUT);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            // The first request to a site is for its robots.txt, and the detail says so.
            assertEquals("fetching robots.txt: connect to 127.0.0.1:" + listener.getLocalPort() + " timed out after 500 ms",
                    failed.detail());
            assertTrue(millis >= 400 && millis < 2500, "ended after " + millis + " ms");
        }
    }

    @Test
    void totalDeadlineCutsALongConnectTimeoutShort() {
        FetchSettings settings = Settings.loopback().connectTimeout(Duration.ofSeconds(20))
                .totalTimeout(Duration.ofSeconds(1)).build();
        try (PageFetcher fetcher = new PageFetcher(settings, new FakeDns(), Clock.systemUTC())) {
            long start = System.nanoTime();
            Failed failed = Outcomes.failed(fetcher.fetch(FetchRequest.of(url())), FailureReason.TIMEOUT);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertEquals("fetching robots.txt: total deadline of 1 s exceeded talking to 127.0.0.1:"
                    + listener.getLocalPort(), failed.detail());
            assertTrue(millis >= 900 && millis < 2500, "ended after " + millis + " ms");
        }
    }
}
