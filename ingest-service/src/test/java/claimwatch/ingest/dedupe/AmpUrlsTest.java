package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmpUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a          | https://www.example.com/a
            https://www-example-com.cdn.ampproject.org/c/www.example.com/a            | http://www.example.com/a
            https://www-example-com.cdn.ampproject.org/v/s/www.example.com/a?amp_js_v=0.1 | https://www.example.com/a?amp_js_v=0.1
            https://www-example-com.cdn.ampproject.org/i/s/www.example.com/img.jpg    | https://www.example.com/img.jpg
            https://www-example-com.cdn.ampproject.org/r/s/www.example.com/font.woff  | https://www.example.com/font.woff
            https://www-example-com.cdn.ampproject.org/wp/s/www.example.com/a         | https://www.example.com/a
            https://WWW-EXAMPLE-COM.CDN.AMPPROJECT.ORG/c/s/www.example.com/a          | https://www.example.com/a
            https://www-example-com.cdn.ampproject.org/c/s/www.example.com            | https://www.example.com
            https://news-example.bing-amp.com/c/s/news.example/story.amp.html         | https://news.example/story.amp.html
            https://www.google.com/amp/s/www.example.com/a                            | https://www.example.com/a
            https://google.com/amp/www.example.com/a                                  | http://www.example.com/a
            https://www.google.co.uk/amp/s/example.co.uk/a                            | https://example.co.uk/a
            https://www.google.com.au/amp/s/example.com.au/a                          | https://example.com.au/a
            https://www.google.de/amp/s/example.de/a#x                                | https://example.de/a
            """)
    void unwrapsCacheAndViewerUrls(String wrapped, String publisher) {
        assertEquals(Optional.of(publisher), AmpUrls.unwrapCache(wrapped));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://www.example.com/c/s/other.example/a", "https://cdn.ampproject.org.evil.example/c/s/other.example/a",
            "https://www-example-com.cdn.ampproject.org/x/s/www.example.com/a", "https://www-example-com.cdn.ampproject.org/", "https://www.google.com/search?q=amp",
            "https://maps.google.com/amp/s/example.com/a", "https://www.google.evil.example/amp/s/example.com/a", "ftp://a-b.cdn.ampproject.org/c/s/a.b/c", "not a url"})
    void leavesOtherUrlsAlone(String url) {
        assertEquals(Optional.empty(), AmpUrls.unwrapCache(url));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            story.amp.html | story.html
            story.AMP.HTML | story.html
            story.amp      | story
            story.html     | story.html
            .amp           | .amp
            amp            | amp
            example.ampx   | example.ampx
            camp           | camp
            """)
    void ampSuffixes(String segment, String expected) {
        assertEquals(expected, AmpUrls.withoutAmpSuffix(segment));
    }

    @Test
    void ampSegmentsAndParameters() {
        assertTrue(AmpUrls.isAmpSegment("amp"));
        assertTrue(AmpUrls.isAmpSegment("AMP"));
        assertFalse(AmpUrls.isAmpSegment("amplifier"));
        assertTrue(AmpUrls.isAmpParameter("amp", ""));
        assertTrue(AmpUrls.isAmpParameter("amp", "1"));
        assertTrue(AmpUrls.isAmpParameter("outputType", "AMP"));
        assertFalse(AmpUrls.isAmpParameter("outputType", "json"));
        assertTrue(AmpUrls.isAmpParameter("usqp", "mq331AQ"));
        assertFalse(AmpUrls.isAmpParameter("ampersand", "1"));
    }
}
