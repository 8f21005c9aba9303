package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageFetcherPolitenessTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(6);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static PageFetcher fetcher(Duration perHostDelay) {
        return new PageFetcher(Settings.loopback().perHostDelay(perHostDelay).build(), new FakeDns(), Clock.systemUTC());
    }

    private static long millis(long fromNanos, long toNanos) {
        return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void requestsToTheSameHostAreAtLeastTheDelayApart() throws Exception {
        try (TestServer server = TestServer.start().page("/a", "text/plain", "a").page("/b", "text/plain", "b");
                PageFetcher fetcher = fetcher(Duration.ofMillis(600))) {
            Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url("/a"))));
            Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url("/b"))));

            List<TestServer.Seen> seen = server.seen();
            assertEquals(List.of("/robots.txt", "/a", "/b"), seen.stream().map(TestServer.Seen::path).toList());
            long gap = millis(seen.get(1).atNanos(), seen.get(2).atNanos());
            assertTrue(gap >= 550, "pages only " + gap + " ms apart");
        }
    }

    @Test
    void robotsAndTheFirstPageAreNotHeldApart() throws Exception {
        try (TestServer server = TestServer.start().page("/a", "text/plain", "a");
                PageFetcher fetcher = fetcher(Duration.ofSeconds(3))) {
            long start = System.nanoTime();
            Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url("/a"))));

            assertTrue(millis(start, System.nanoTime()) < 2000);
        }
    }

    @Test
    void differentHostsAreNotSerialised() throws Exception {
        try (TestServer one = TestServer.startOn("127.0.0.1").on("/slow", exchange -> {
                    pause(800);
                    TestServer.respond(exchange, 200, "text/plain", "one");
                });
                TestServer two = TestServer.startOn("127.0.0.2").on("/slow", exchange -> {
                    pause(800);
                    TestServer.respond(exchange, 200, "text/plain", "two");
                });
                PageFetcher fetcher = fetcher(Duration.ofSeconds(5))) {
            long start = System.nanoTime();
            Future<FetchOutcome> a = pool.submit(() -> fetcher.fetch(FetchRequest.of(one.url("/slow"))));
            Future<FetchOutcome> b = pool.submit(() -> fetcher.fetch(FetchRequest.of(two.url("/slow"))));

            assertEquals("one", Outcomes.fetched(a.get(10, TimeUnit.SECONDS)).text());
            assertEquals("two", Outcomes.fetched(b.get(10, TimeUnit.SECONDS)).text());
            long elapsed = millis(start, System.nanoTime());
            assertTrue(elapsed < 1500, "two 800 ms pages on two hosts took " + elapsed + " ms");
        }
    }

    @Test
    void aRecentFetchFromOneHostDoesNotDelayAnother() throws Exception {
        try (TestServer one = TestServer.startOn("127.0.0.1").page("/a", "text/plain", "a");
                TestServer two = TestServer.startOn("127.0.0.2").page("/b", "text/plain", "b");
                PageFetcher fetcher = fetcher(Duration.ofSeconds(5))) {
            Outcomes.fetched(fetcher.fetch(FetchRequest.of(one.url("/a"))));
            long start = System.nanoTime();
            Outcomes.fetched(fetcher.fetch(FetchRequest.of(two.url("/b"))));

            assertTrue(millis(start, System.nanoTime()) < 2000);
        }
    }

    @Test
    void onlyOneRequestAtATimeReachesAHost() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        try (TestServer server = TestServer.start().on("/page/", exchange -> {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    pause(50);
                    inFlight.decrementAndGet();
                    TestServer.respond(exchange, 200, "text/plain", "ok");
                });
                PageFetcher fetcher = fetcher(Duration.ZERO)) {
            List<Future<FetchOutcome>> fetches = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                fetches.add(pool.submit(() -> fetcher.fetch(FetchRequest.of(server.url("/page/" + n)))));
            }
            for (Future<FetchOutcome> fetch : fetches) {
                Outcomes.fetched(fetch.get(20, TimeUnit.SECONDS));
            }

            assertEquals(1, maxInFlight.get());
            assertEquals(12, server.seen().stream().filter(seen -> seen.path().startsWith("/page/")).count());
        }
    }

    @Test
    void waitingForTheHostCountsAgainstTheDeadline() throws Exception {
        FetchSettings settings = Settings.loopback().perHostDelay(Duration.ofSeconds(5))
                .totalTimeout(Duration.ofSeconds(2)).build();
        try (TestServer server = TestServer.start().page("/a", "text/plain", "a");
                PageFetcher fetcher = new PageFetcher(settings, new FakeDns(), Clock.systemUTC())) {
            Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url("/a"))));

            long start = System.nanoTime();
            Failed failed = Outcomes.failed(fetcher.fetch(FetchRequest.of(server.url("/a"))), FailureReason.TIMEOUT);

            assertTrue(millis(start, System.nanoTime()) < 1000, "should fail at once, not sleep");
            assertTrue(failed.detail().startsWith("next request to 127.0.0.1 allowed in "), failed.detail());
            assertEquals(1, server.count("/a"));
        }
    }

    @Test
    void manyThreadsOverSeveralHostsAllGetTheirOwnPages() throws Exception {
        try (TestServer one = TestServer.startOn("127.0.0.1").on("/p/", exchange ->
                    TestServer.respond(exchange, 200, "text/plain", "1" + exchange.getRequestURI().getPath()));
                TestServer two = TestServer.startOn("127.0.0.2").on("/p/", exchange ->
                    TestServer.respond(exchange, 200, "text/plain", "2" + exchange.getRequestURI().getPath()));
                TestServer three = TestServer.startOn("127.0.0.3").on("/p/", exchange ->
                    TestServer.respond(exchange, 200, "text/plain", "3" + exchange.getRequestURI().getPath()));
                PageFetcher fetcher = fetcher(Duration.ZERO)) {
            List<TestServer> servers = List.of(one, two, three);
            List<Future<String>> results = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int host = i % 3;
                String path = "/p/" + i;
                expected.add((host + 1) + path);
                results.add(pool.submit(() -> Outcomes.fetched(
                        fetcher.fetch(FetchRequest.of(servers.get(host).url(path)))).text()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i), results.get(i).get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, one.count("/robots.txt"));
        }
    }
}
