package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFetcherRedirectTest {

    private final FakeDns dns = new FakeDns();
    private final List<InetSocketAddress> connects = new CopyOnWriteArrayList<>();
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start().page("/final", "text/html", "<p>final</p>");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchOutcome fetch(FetchSettings settings, FetchRequest request) {
        try (PageFetcher fetcher = new PageFetcher(settings, dns, Clock.systemUTC(), connects::add)) {
            return fetcher.fetch(request);
        }
    }

    private FetchOutcome fetch(String path) {
        return fetch(Settings.loopback().build(), FetchRequest.of(server.url(path)));
    }

    private void redirect(String from, int status, String to) {
        server.on(from, exchange -> TestServer.redirect(exchange, status, to));
    }

    private void assertOnlyLoopbackConnections() {
        assertTrue(connects.stream().allMatch(address -> address.getAddress().getHostAddress().equals("127.0.0.1")),
                connects.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void redirectIsFollowedToTheFinalPage(int status) {
        redirect("/old", status, server.url("/final").toString());

        Fetched page = Outcomes.fetched(fetch("/old"));

        assertEquals(server.url("/old"), page.url());
        assertEquals(server.url("/final"), page.finalUrl());
        assertEquals(200, page.status());
        assertEquals("<p>final</p>", page.text());
    }

    @Test
    void relativeLocationResolvesAgainstTheCurrentUrl() {
        redirect("/section/old", 301, "../final");

        Fetched page = Outcomes.fetched(fetch("/section/old"));

        assertEquals(server.url("/final"), page.finalUrl());
    }

    @Test
    void chainOfExactlyTheLimitIsFollowed() {
        for (int i = 1; i <= 5; i++) {
            redirect("/hop" + i, 302, i == 5 ? "/final" : "/hop" + (i + 1));
        }

        Fetched page = Outcomes.fetched(fetch("/hop1"));

        assertEquals(server.url("/final"), page.finalUrl());
    }

    @Test
    void oneRedirectMoreThanTheLimitIsRefused() {
        for (int i = 1; i <= 6; i++) {
            redirect("/hop" + i, 302, i == 6 ? "/final" : "/hop" + (i + 1));
        }

        Refused refused = Outcomes.refused(fetch("/hop1"), RefusalReason.TOO_MANY_REDIRECTS);

        assertEquals("more than 5 redirects (next: " + server.url("/final") + ")", refused.detail());
        assertEquals(0, server.count("/final"));
    }

    @Test
    void zeroRedirectsAllowedRefusesTheFirst() {
        redirect("/old", 301, "/final");

        Refused refused = Outcomes.refused(fetch(Settings.loopback().maxRedirects(0).build(),
                FetchRequest.of(server.url("/old"))), RefusalReason.TOO_MANY_REDIRECTS);

        assertTrue(refused.detail().startsWith("more than 0 redirects"), refused.detail());
    }

    @Test
    void loopIsRefusedAsSoonAsItCloses() {
        redirect("/a", 302, "/b");
        redirect("/b", 302, "/a");

        Refused refused = Outcomes.refused(fetch("/a"), RefusalReason.TOO_MANY_REDIRECTS);

        assertEquals("redirect loop back to " + server.url("/a"), refused.detail());
        assertEquals(1, server.count("/a"));
        assertEquals(1, server.count("/b"));
    }

    @Test
    void redirectToItselfIsALoop() {
        redirect("/self", 301, "/self");

        Outcomes.refused(fetch("/self"), RefusalReason.TOO_MANY_REDIRECTS);
        assertEquals(1, server.count("/self"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://files.example/a.txt", "file:///etc/passwd", "javascript:alert(1)"})
    void redirectToAnotherSchemeIsRefused(String location) {
        redirect("/old", 302, location);

        Refused refused = Outcomes.refused(fetch("/old"), RefusalReason.SCHEME);

        assertTrue(refused.detail().endsWith("(redirected to " + location + ")"), refused.detail());
        assertEquals(List.of(), dns.asked());
    }

    @Test
    void redirectToCloudMetadataIsRefusedWithoutConnecting() {
        redirect("/old", 302, "http://169.254.169.254/latest/meta-data");

        long start = System.nanoTime();
        Refused refused = Outcomes.refused(fetch("/old"), RefusalReason.ADDRESS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals("address 169.254.169.254 is link-local (redirected to http://169.254.169.254/latest/meta-data)",
                refused.detail());
        assertEquals(server.url("/old"), refused.url());
        assertOnlyLoopbackConnections();
        assertEquals(List.of(), dns.asked());
        assertTrue(millis < 2000, "took " + millis + " ms");
    }

    @Test
    void redirectToPrivateLiteralIsRefusedWithoutConnecting() {
        redirect("/old", 301, "http://10.0.0.1/");

        Refused refused = Outcomes.refused(fetch("/old"), RefusalReason.ADDRESS);

        assertEquals("address 10.0.0.1 is private (redirected to http://10.0.0.1/)", refused.detail());
        assertOnlyLoopbackConnections();
    }

    @Test
    void redirectToNameResolvingPrivateIsRefusedWithoutConnecting() {
        dns.map("router.example", "192.168.1.1");
        redirect("/old", 302, "http://router.example/admin");

        Refused refused = Outcomes.refused(fetch("/old"), RefusalReason.ADDRESS);

        assertEquals("address 192.168.1.1 of router.example is private (redirected to http://router.example/admin)",
                refused.detail());
        assertOnlyLoopbackConnections();
    }

    @Test
    void redirectToAnotherHostFollowsThatHostsRobots() throws Exception {
        try (TestServer other = TestServer.startOn("127.0.0.2").robots("User-agent: *\nDisallow: /private\n")
                .page("/public", "text/plain", "public")) {
            redirect("/to-public", 302, other.url("/public").toString());
            redirect("/to-private", 302, other.url("/private").toString());

            Fetched page = Outcomes.fetched(fetch("/to-public"));
            assertEquals("public", page.text());

            Refused refused = Outcomes.refused(fetch("/to-private"), RefusalReason.ROBOTS);
            assertEquals("robots.txt of 127.0.0.2:" + other.port() + " disallows /private (redirected to "
                    + other.url("/private") + ")", refused.detail());
            assertEquals(0, other.count("/private"));
        }
    }

    @Test
    void redirectWithoutLocationIsAnHttpStatusFailure() {
        server.on("/broken", exchange -> TestServer.respond(exchange, 302, "text/plain", "moved"));
        server.on("/choices", exchange -> TestServer.respond(exchange, 300, "text/plain", "pick one"));

        Failed broken = Outcomes.failed(fetch("/broken"), FailureReason.HTTP_STATUS);
        Failed choices = Outcomes.failed(fetch("/choices"), FailureReason.HTTP_STATUS);

        assertEquals(302, broken.status());
        assertEquals(300, choices.status());
    }

    @Test
    void failureAfterARedirectNamesTheHop() {
        redirect("/old", 302, "/gone");
        server.on("/gone", exchange -> TestServer.respond(exchange, 410, "text/plain", "gone"));

        Failed failed = Outcomes.failed(fetch("/old"), FailureReason.HTTP_STATUS);

        assertEquals(410, failed.status());
        assertEquals("HTTP 410 from 127.0.0.1:" + server.port() + " (redirected to " + server.url("/gone") + ")",
                failed.detail());
    }

    @Test
    void validatorsTravelToTheFinalHop() {
        redirect("/old", 301, "/final");

        fetch(Settings.loopback().build(), new FetchRequest(server.url("/old"), "\"v1\"", null));

        assertEquals("\"v1\"", server.last("/final").headers().getFirst("If-None-Match"));
    }

    @Test
    void unparseableLocationIsMalformed() {
        redirect("/old", 302, "http://[broken/");

        Failed failed = Outcomes.failed(fetch("/old"), FailureReason.MALFORMED);

        assertTrue(failed.detail().startsWith("invalid "), failed.detail());
    }

    @Test
    void locationWithRawSpacesAndUtf8IsEncodedAndFollowed() {
        server.page("/café news", "text/plain", "café");
        server.on("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/café news");
            exchange.sendResponseHeaders(301, -1);
        });

        Fetched page = Outcomes.fetched(fetch("/old"));

        assertEquals(URI.create(server.url("/caf%C3%A9%20news").toString()), page.finalUrl());
        assertEquals("café", page.text());
    }
}
