package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryUrlsTest {

    private final EntryUrls urls = EntryUrls.against("https://news.example/section/feed.xml").orElseThrow();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://other.example/a?b=1#c      | https://other.example/a?b=1#c
            HTTP://News.Example/A              | HTTP://News.Example/A
            story                              | https://news.example/section/story
            ./story                            | https://news.example/section/story
            ../story                           | https://news.example/story
            /story                             | https://news.example/story
            //cdn.example/story                | https://cdn.example/story
            ?page=2                            | https://news.example/section/feed.xml?page=2
            '  https://news.example/padded  '  | https://news.example/padded
            https://news.example/a b           | https://news.example/a%20b
            https://news.example/ñ             | https://news.example/%C3%B1
            https://news.example/a^b{c}"       | https://news.example/a%5Eb%7Bc%7D%22
            https://news.example/50%           | https://news.example/50%25
            https://news.example/%C3%B1        | https://news.example/%C3%B1
            https://bücher.example/ñ           | https://xn--bcher-kva.example/%C3%B1
            //bücher.example/a                 | https://xn--bcher-kva.example/a
            https://user@bücher.example:8443/a | https://user@xn--bcher-kva.example:8443/a
            """)
    void resolvesAgainstTheFeedUrl(String link, String expected) {
        assertEquals(Optional.of(expected), urls.resolve(link));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "javascript:void(0)", "mailto:desk@news.example", "ftp://news.example/file", "data:text/html,x",
            "tel:+441234", "urn:uuid:1234", "https://", "http:///path", "https://exa mple.com/"})
    void skipsWhatIsNotAnHttpPage(String link) {
        assertEquals(Optional.empty(), urls.resolve(link));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"https://news.example", "https://news.example/", "http://news.example:8080"})
    void feedUrlsWithAndWithoutPath(String feedUrl) {
        Optional<String> resolved = EntryUrls.against(feedUrl).orElseThrow().resolve("story");
        assertTrue(resolved.orElseThrow().endsWith("news.example/story") || resolved.get().endsWith("news.example:8080/story"), resolved.get());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "news.example/feed", "/feed", "ftp://news.example/feed", "https://"})
    void unusableFeedUrls(String feedUrl) {
        assertEquals(Optional.empty(), EntryUrls.against(feedUrl));
    }
}
