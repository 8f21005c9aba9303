package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ReadableContentTest {

    private static final String ARTICLE = "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Ferry deal</h1>"
            + "<p>" + "The regional government signed a contract for six new ferries on Monday in the port. ".repeat(3) + "</p>"
            + "<p>" + "The contract must still be ratified by the regional parliament in a vote in April. ".repeat(3) + "</p>"
            + "<p>Read the <a href='/report'>report</a> here.</p></article><footer>Contact</footer></body></html>";

    @Test
    void findsTheArticleBlocks() {
        Optional<List<Block>> blocks = ReadableContent.of(Jsoup.parse(ARTICLE), "https://www.harbortimes.example/ferry");
        assertTrue(blocks.isPresent());
        assertTrue(blocks.get().stream().anyMatch(block -> block.text().startsWith("The regional government signed")));
        assertTrue(blocks.get().stream().noneMatch(block -> block.text().contains("Contact")));
    }

    @Test
    void worksWithoutAPageUrl() {
        assertEquals(ReadableContent.of(Jsoup.parse(ARTICLE), "https://www.harbortimes.example/ferry").map(List::size),
                ReadableContent.of(Jsoup.parse(ARTICLE), null).map(List::size));
    }

    @Test
    void usableUrlsAreKeptAndOthersReplacedByAReservedName() {
        assertEquals("https://www.harbortimes.example/ferry", ReadableContent.baseUrl("https://www.harbortimes.example/ferry"));
        assertEquals("https://article.invalid/", ReadableContent.baseUrl(null));
        assertEquals("https://article.invalid/", ReadableContent.baseUrl("/relative/path"));
        assertEquals("https://article.invalid/", ReadableContent.baseUrl("not a url at all"));
        assertEquals("https://article.invalid/", ReadableContent.baseUrl(""));
    }

    @Test
    void aPageWithNoContentGivesNoBlocksOrAnEmptyList() {
        Optional<List<Block>> blocks = ReadableContent.of(Jsoup.parse("<html><body></body></html>"), null);
        assertTrue(blocks.isEmpty() || blocks.get().isEmpty());
    }
}
