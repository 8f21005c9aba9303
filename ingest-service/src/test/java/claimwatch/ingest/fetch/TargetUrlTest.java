package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetUrlTest {

    private static TargetUrl parse(String url) throws FetchStop {
        return TargetUrl.parse(URI.create(url));
    }

    @Test
    void normalisesSchemeHostPortPathAndDropsFragment() throws Exception {
        TargetUrl url = parse("HTTP://News.Example.COM:80/a/b?x=1&y=%20#comments");

        assertEquals(URI.create("http://news.example.com/a/b?x=1&y=%20"), url.uri());
        assertEquals("http", url.scheme());
        assertEquals("news.example.com", url.host());
        assertEquals(80, url.port());
        assertEquals("/a/b?x=1&y=%20", url.requestTarget());
        assertEquals("/a/b", url.path());
        assertTrue(url.literal().isEmpty());
    }

    @Test
    void emptyPathBecomesSlashAndDefaultPortsAreImplied() throws Exception {
        assertEquals(URI.create("https://example.com/"), parse("https://example.com").uri());
        assertEquals(443, parse("https://example.com").port());
        assertEquals(URI.create("https://example.com/?q"), parse("https://example.com?q").uri());
        assertEquals("/?q", parse("https://example.com?q").requestTarget());
    }

    @Test
    void nonDefaultPortIsKeptAndShownInSite() throws Exception {
        TargetUrl url = parse("http://example.com:8080/x");

        assertEquals(8080, url.port());
        assertEquals("example.com:8080", url.site());
        assertEquals("http://example.com:8080", url.origin().replace(":8080", ":8080"));
        assertEquals(URI.create("http://example.com:8080/robots.txt"), url.robotsUri());
    }

    @Test
    void originAlwaysNamesThePort() throws Exception {
        assertEquals("https://example.com:443", parse("https://example.com/x").origin());
        assertEquals("http://example.com:80", parse("http://example.com/x").origin());
    }

    @Test
    void ipLiteralsAreRecognised() throws Exception {
        TargetUrl v4 = parse("http://127.0.0.1:8080/");
        TargetUrl v6 = parse("http://[::1]:8080/");

        assertEquals(FakeDns.literal("127.0.0.1"), v4.literal().orElseThrow());
        assertEquals(FakeDns.literal("::1"), v6.literal().orElseThrow());
        assertEquals("[::1]", v6.host());
        assertEquals(URI.create("http://[::1]:8080/"), v6.uri());
    }

    @Test
    void ipv6LiteralsAreWrittenTheShortWay() throws Exception {
        assertEquals(URI.create("http://[::1]:8080/"), parse("http://[0:0:0:0:0:0:0:1]:8080/").uri());
        assertEquals("[2001:db8::1]", parse("https://[2001:DB8:0:0::1]/").host());
    }

    @Test
    void mappedIpv6LiteralKeepsItsSpellingButIsJudgedAsIpv4() throws Exception {
        TargetUrl url = parse("http://[::ffff:10.0.0.1]/");

        assertEquals("[::ffff:10.0.0.1]", url.host());
        assertEquals(FakeDns.literal("10.0.0.1"), url.literal().orElseThrow());
    }

    @Test
    void internationalisedHostBecomesPunycode() throws Exception {
        TargetUrl url = TargetUrl.parse(new URI("http://bücher.example/straße"));

        assertEquals("xn--bcher-kva.example", url.host());
        assertTrue(url.literal().isEmpty());
    }

    @Test
    void underscoreHostsThatJavaUriRejectsAsHostsAreAccepted() throws Exception {
        URI uri = URI.create("http://my_blog.example.com/post");
        assertEquals(null, uri.getHost());

        TargetUrl url = TargetUrl.parse(uri);

        assertEquals("my_blog.example.com", url.host());
        assertEquals("/post", url.requestTarget());
    }

    @Test
    void userInfoIsIgnoredAndNeverChangesTheHost() throws Exception {
        TargetUrl url = parse("http://news.example.com@10.0.0.1/x");

        assertEquals("10.0.0.1", url.host());
        assertEquals(FakeDns.literal("10.0.0.1"), url.literal().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/file", "file:///etc/passwd", "javascript:alert(1)",
        "mailto:desk@example.com", "data:text/html,hi", "gopher://example.com/", "ws://example.com/"})
    void otherSchemesAreRefused(String url) {
        Refused refused = Outcomes.refused(Outcomes.stop(() -> parse(url)), RefusalReason.SCHEME);
        assertTrue(refused.detail().startsWith("scheme "), refused.detail());
        assertTrue(refused.detail().endsWith(" is not http or https"), refused.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative/path", "example.com/x", "http:/missing", "http:///x", "http://:80/",
        "http://user@/x", "http://example.com:0/", "http://example.com:65536/", "http://example.com:99999999/",
        "http://ex%20ample.com/", "http://a..b.example/", "http://.example/", "http:opaque"})
    void urlsWithoutAUsableHostOrPortAreMalformed(String url) {
        Failed failed = Outcomes.failed(Outcomes.stop(() -> parse(url)), FailureReason.MALFORMED);
        assertTrue(failed.detail().startsWith("invalid URL "), failed.detail());
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
        "http://example.com/a/b, c, http://example.com/a/c",
        "http://example.com/a/b, /top, http://example.com/top",
        "http://example.com/a/b, ../up, http://example.com/up",
        "http://example.com/a/b, //cdn.example.net/x, http://cdn.example.net/x",
        "https://example.com/a/b, http://other.example/, http://other.example/",
        "http://example.com/a/b?x=1, ?y=2, http://example.com/a/b?y=2",
        "http://example.com/a/b, /with space/é, http://example.com/with%20space/%C3%A9",
        "http://example.com/a/b, /100%, http://example.com/100%25",
        "http://example.com/a/b, /ok%20already, http://example.com/ok%20already",
        "http://example.com/a/b, https://bücher.example/, https://xn--bcher-kva.example/",
        "http://example.com/a/b, /x#frag, http://example.com/x"})
    void locationsResolveAgainstTheCurrentUrl(String base, String location, String expected) throws Exception {
        assertEquals(URI.create(expected), parse(base).resolve(location).uri());
    }

    @Test
    void locationToAnotherSchemeIsRefused() throws Exception {
        TargetUrl base = parse("http://example.com/");

        Outcomes.refused(Outcomes.stop(() -> base.resolve("ftp://example.com/file")), RefusalReason.SCHEME);
        Outcomes.refused(Outcomes.stop(() -> base.resolve("javascript:alert(1)")), RefusalReason.SCHEME);
    }

    @Test
    void unusableLocationIsMalformed() throws Exception {
        TargetUrl base = parse("http://example.com/");

        Failed failed = Outcomes.failed(Outcomes.stop(() -> base.resolve("http://[::1/")), FailureReason.MALFORMED);
        assertTrue(failed.detail().contains("Location"), failed.detail());
    }
}
