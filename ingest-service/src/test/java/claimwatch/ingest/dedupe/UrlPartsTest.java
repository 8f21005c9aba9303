package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPartsTest {

    private static UrlParts parts(String url) {
        return UrlParts.parse(url).orElseThrow(() -> new AssertionError("should parse: " + url));
    }

    @Test
    void splitsIntoItsParts() {
        assertEquals(new UrlParts("https", "news.example", 8443, "/a/b", "x=1&y=2"), parts("HTTPS://News.Example:8443/a/b?x=1&y=2#frag"));
    }

    @ParameterizedTest(name = "{0} -> port {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://a.example:80/        | -1
            https://a.example:443/      | -1
            http://a.example:443/       | 443
            https://a.example:80/       | 80
            https://a.example:/         | -1
            https://a.example:0/        | 0
            https://a.example:65535/    | 65535
            https://a.example:00443/    | -1
            """)
    void defaultPortsAreDropped(String url, int port) {
        assertEquals(port, parts(url).port());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://a.example:65536/", "https://a.example:-1/", "https://a.example:12345678/", "https://a.example:x/", "https://a.example:80:80/"})
    void badPortsAreRefused(String url) {
        assertEquals(Optional.empty(), UrlParts.parse(url));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://user@a.example/                    | a.example
            https://user:p%40ss@a.example/             | a.example
            https://user:p@ss@a.example/               | a.example
            https://A.EXAMPLE./                        | a.example
            https://a.example../                       | a.example
            https://ÉCOLE.example/                     | xn--cole-9oa.example
            https://xn--cole-9oa.example/              | xn--cole-9oa.example
            https://[2001:DB8::1]/                     | [2001:db8::1]
            https://[::ffff:192.0.2.1]:8080/           | [::ffff:192.0.2.1]
            https://192.0.2.1/                         | 192.0.2.1
            https://under_score.example/               | under_score.example
            """)
    void hosts(String url, String host) {
        assertEquals(host, parts(url).host());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"https://a..example/", "https://-a.example/", "https://a-.example/", "https://a example/", "https://a.example\u0000/",
            "https://%41.example/", "https://a.exa*mple/"})
    void invalidHostsAreRefused(String url) {
        assertEquals(Optional.empty(), UrlParts.parse(url));
    }

    @Test
    void singleLabelHostIsAHost() {
        assertEquals("localhost", parts("http://localhost:8080/a").host());
    }

    @Test
    void overlongLabelIsRefused() {
        assertEquals(Optional.empty(), UrlParts.parse("https://" + "a".repeat(64) + ".example/"));
        assertTrue(UrlParts.parse("https://" + "a".repeat(63) + ".example/").isPresent());
    }

    @Test
    void ipLiterals() {
        assertTrue(parts("https://192.0.2.1/").isIpLiteral());
        assertTrue(parts("https://[2001:db8::1]/").isIpLiteral());
        assertFalse(parts("https://192.0.2.1.example/").isIpLiteral());
    }

    @Test
    void formatPutsItBackTogether() {
        assertEquals("https://a.example/", parts("https://a.example").format());
        assertEquals("http://a.example:8080/p?q", parts("http://a.example:8080/p?q#f").format());
        assertEquals("https://a.example/", parts("https://a.example?").format());
    }

    @Test
    void backslashIsNotTakenForAPathSeparatorInTheHost() {
        assertEquals("a.example", parts("https://a.example\\evil.example/").host());
    }
}
