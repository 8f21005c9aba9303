package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small helpers: stops, deadlines, duration text, redirect policy, Location encoding, codings, Fetched.text. */
class SmallPartsTest {

    private static final URI URL = URI.create("http://news.example/a");

    @Test
    void stopBecomesARefusalOrAFailureForTheRequestedUrl() {
        Refused refused = Outcomes.refused(FetchStop.refused(RefusalReason.ROBOTS, "no").toOutcome(URL), RefusalReason.ROBOTS);
        Failed failed = Outcomes.failed(FetchStop.httpStatus(503, "busy").toOutcome(URL), FailureReason.HTTP_STATUS);

        assertEquals(URL, refused.url());
        assertEquals("no", refused.detail());
        assertEquals(503, failed.status());
        assertEquals(0, ((Failed) FetchStop.failed(FailureReason.DNS, "x").toOutcome(URL)).status());
    }

    @Test
    void stopWithNewDetailKeepsReasonAndStatus() {
        FetchStop stop = FetchStop.httpStatus(404, "HTTP 404").withDetail("HTTP 404 (redirected to x)");

        Failed failed = Outcomes.failed(stop.toOutcome(URL), FailureReason.HTTP_STATUS);
        assertEquals(404, failed.status());
        assertEquals("HTTP 404 (redirected to x)", failed.detail());
        assertSame(FailureReason.HTTP_STATUS, stop.reason());
        assertSame(RefusalReason.SCHEME, FetchStop.refused(RefusalReason.SCHEME, "s").reason());
    }

    @Test
    void deadlineCountsDown() throws Exception {
        Deadline deadline = Deadline.after(Duration.ofMillis(200));

        assertFalse(deadline.expired());
        assertTrue(deadline.remainingNanos() > 0 && deadline.remainingNanos() <= 200_000_000L);
        Thread.sleep(250);
        assertTrue(deadline.expired());
        assertEquals(0, deadline.remainingNanos());
        assertEquals("total deadline of 200 ms exceeded while testing", deadline.exceeded("while testing").detail());
    }

    @ParameterizedTest
    @CsvSource({"PT0S, 0 ms", "PT0.25S, 250 ms", "PT1S, 1 s", "PT1.5S, 1.5 s", "PT30S, 30 s", "PT1H, 3600 s", "PT2.25S, 2.3 s"})
    void durationsReadShort(String duration, String text) {
        assertEquals(text, Durations.text(Duration.parse(duration)));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void redirectStatuses(int status) {
        assertTrue(Redirects.isRedirect(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 300, 304, 305, 306, 309, 399, 404})
    void nonRedirectStatuses(int status) {
        assertFalse(Redirects.isRedirect(status));
    }

    @Test
    void redirectPolicyCountsAndRemembers() throws Exception {
        Redirects policy = new Redirects(2);
        TargetUrl start = TargetUrl.parse(URL);
        Set<URI> visited = new HashSet<>(List.of(start.uri()));

        TargetUrl next = policy.next(start, "/b", visited, 0);
        assertEquals(URI.create("http://news.example/b"), next.uri());

        Outcomes.refused(Outcomes.stop(() -> policy.next(next, "/a", visited, 1)), RefusalReason.TOO_MANY_REDIRECTS);
        Refused tooMany = Outcomes.refused(Outcomes.stop(() -> policy.next(next, "/c", visited, 2)),
                RefusalReason.TOO_MANY_REDIRECTS);
        assertEquals("more than 2 redirects (next: http://news.example/c)", tooMany.detail());
    }

    @Test
    void redirectPolicyNamesTheLocationWhenItCannotBeFollowed() throws Exception {
        Redirects policy = new Redirects(5);
        TargetUrl start = TargetUrl.parse(URL);

        Refused refused = Outcomes.refused(Outcomes.stop(() -> policy.next(start, "gopher://x/", new HashSet<>(), 0)),
                RefusalReason.SCHEME);
        assertEquals("scheme gopher is not http or https (redirected to gopher://x/)", refused.detail());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "/plain/path?x=1 => /plain/path?x=1",
        "/a b => /a%20b",
        "/é => /%C3%A9",
        "/100% => /100%25",
        "/%41ok => /%41ok",
        "/%4 => /%254",
        "/\"quoted\" => /%22quoted%22",
        "/{x} => /%7Bx%7D",
        "/a|b => /a%7Cb"})
    void locationsAreMadeIntoValidUriText(String raw, String encoded) {
        assertEquals(encoded, Locations.encode(raw));
    }

    @Test
    void tabsAndNewlinesInLocationsAreEncodedNotKept() {
        assertEquals("/a%09b%0Ac", Locations.encode("/a\tb\nc"));
    }

    @Test
    void codingsAreNormalisedAndIdentityIsDropped() throws Exception {
        assertEquals(List.of("gzip"), ContentCodings.parse(List.of(" x-gzip ")).codings());
        assertEquals(List.of("deflate", "gzip"), ContentCodings.parse(List.of("identity, deflate", "GZIP")).codings());
        assertTrue(ContentCodings.parse(List.of("identity", "")).isIdentity());
        assertTrue(ContentCodings.parse(List.of()).isIdentity());
        assertEquals("deflate+gzip", ContentCodings.parse(List.of("deflate, gzip")).describe());
    }

    @Test
    void fetchedTextDecodesWithItsCharsetAndDropsOnlyALeadingBom() {
        byte[] body = "\uFEFFa\uFEFFb".getBytes(StandardCharsets.UTF_8);
        Fetched page = new Fetched(URL, URL, 200, "text/plain", StandardCharsets.UTF_8, body, null, null, Instant.EPOCH);

        assertEquals("a\uFEFFb", page.text());
    }

    @Test
    void fetchedTextWithUtf16Bom() {
        byte[] body = "\uFEFFhi".getBytes(StandardCharsets.UTF_16BE);
        Fetched page = new Fetched(URL, URL, 200, "text/plain", StandardCharsets.UTF_16BE, body, null, null, Instant.EPOCH);

        assertEquals("hi", page.text());
    }

    @Test
    void systemResolverParsesLiteralsWithoutAsking() throws Exception {
        assertEquals(List.of(FakeDns.literal("127.0.0.1")), HostResolver.system().resolve("127.0.0.1"));
        assertEquals(List.of(FakeDns.literal("::1")), HostResolver.system().resolve("::1"));
    }

    @Test
    void outcomeTypesAreTheFourPermittedOnes() {
        Class<?>[] permitted = FetchOutcome.class.getPermittedSubclasses();
        assertEquals(Set.of(Fetched.class, NotModified.class, Refused.class, Failed.class), Set.of(permitted));
    }

    @Test
    void reasonsAreTheDocumentedMetricTags() {
        assertEquals(List.of("scheme", "address", "robots", "too_large", "too_many_redirects", "content_type"),
                java.util.Arrays.stream(RefusalReason.values()).map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).toList());
        assertEquals(List.of("timeout", "dns", "connect", "http_status", "io", "malformed"),
                java.util.Arrays.stream(FailureReason.values()).map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
