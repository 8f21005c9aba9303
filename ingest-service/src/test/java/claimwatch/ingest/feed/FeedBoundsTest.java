package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/** The entry limit, and what 100,000-entry feeds cost; figures are printed to the test output, not asserted. */
class FeedBoundsTest {

    private static final String FEED_URL = "https://news.example/feed";
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static byte[] rss(int items, IntFunction<String> item) {
        StringBuilder xml = new StringBuilder(items * 140 + 300);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Big</title><link>https://news.example/</link><description>d</description>\n");
        for (int i = 0; i < items; i++) {
            xml.append(item.apply(i)).append('\n');
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String fullItem(int i) {
        return "<item><title>Ferry story " + i + "</title><link>https://news.example/2024/03/story-" + i
                + "</link><pubDate>Mon, 11 Mar 2024 15:05:00 GMT</pubDate><guid isPermaLink=\"false\">id-" + i + "</guid></item>";
    }

    private static byte[] atom(int entries) {
        StringBuilder xml = new StringBuilder(entries * 200 + 300);
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Big</title><id>urn:big</id><updated>2024-03-11T00:00:00Z</updated>\n");
        for (int i = 0; i < entries; i++) {
            xml.append("<entry><title>Entry ").append(i).append("</title><id>urn:e:").append(i).append("</id><link rel=\"alternate\" href=\"https://news.example/e/")
                    .append(i).append("\"/><updated>2024-03-11T10:00:00Z</updated></entry>\n");
        }
        return xml.append("</feed>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sitemap(int urls) {
        StringBuilder xml = new StringBuilder(urls * 110 + 200);
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < urls; i++) {
            xml.append("<url><loc>https://news.example/2024/03/story-").append(i).append("</loc><lastmod>2024-03-11T10:00:00Z</lastmod></url>\n");
        }
        return xml.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Warms the parser up on a 2,000-entry feed of the same shape, then measures the 100,000-entry one. */
    private static ParsedFeed measure(String label, IntFunction<byte[]> feed, int maxEntries) {
        byte[] body = feed.apply(100_000);
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            new FeedParser(maxEntries).parse(feed.apply(2_000), null, FEED_URL);
            ParseCost.Measured<ParsedFeed> measured = ParseCost.of(() -> new FeedParser(maxEntries).parse(body, null, FEED_URL));
            System.out.printf("[feed] %s: %.1f MB body, maxEntries %,d -> %,d entries, truncated %s: %s%n", label, body.length / 1e6, maxEntries,
                    measured.result().entries().size(), measured.result().truncated(), measured.cost());
            return measured.result();
        });
    }

    @Test
    void rssBeyondTheLimitIsTruncatedInDocumentOrder() throws Exception {
        ParsedFeed feed = new FeedParser(5).parse(rss(12, FeedBoundsTest::fullItem), null, FEED_URL);
        assertEquals(5, feed.entries().size());
        assertTrue(feed.truncated());
        assertEquals("https://news.example/2024/03/story-4", feed.entries().get(4).url());
    }

    @Test
    void exactlyTheLimitIsNotTruncated() throws Exception {
        ParsedFeed feed = new FeedParser(12).parse(rss(12, FeedBoundsTest::fullItem), null, FEED_URL);
        assertEquals(12, feed.entries().size());
        assertFalse(feed.truncated());
    }

    @Test
    void atomAndRdfAreTruncatedToo() throws Exception {
        ParsedFeed atom = new FeedParser(3).parse(atom(10), null, FEED_URL);
        assertEquals(List.of("https://news.example/e/0", "https://news.example/e/1", "https://news.example/e/2"), atom.entries().stream().map(FeedEntry::url).toList());
        assertTrue(atom.truncated());
        StringBuilder rdf = new StringBuilder("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
                + "<channel rdf:about=\"https://news.example/\"><title>t</title><link>https://news.example/</link><description>d</description></channel>");
        for (int i = 0; i < 10; i++) {
            rdf.append("<item rdf:about=\"https://news.example/r/").append(i).append("\"><title>R").append(i).append("</title><link>https://news.example/r/").append(i)
                    .append("</link></item>");
        }
        ParsedFeed feed = new FeedParser(4).parse(rdf.append("</rdf:RDF>").toString().getBytes(StandardCharsets.UTF_8), null, FEED_URL);
        assertEquals(4, feed.entries().size());
        assertTrue(feed.truncated());
    }

    @Test
    void itemElementsNestedDeeperAreNotEntries() throws Exception {
        String item = "<item><title>Outer</title><link>https://news.example/outer</link>"
                + "<ext:list xmlns:ext=\"urn:ext\"><ext:item>inner one</ext:item><item>inner two</item><entry>inner three</entry></ext:list></item>";
        ParsedFeed feed = new FeedParser(1).parse(rss(1, i -> item), null, FEED_URL);
        assertEquals(List.of("https://news.example/outer"), feed.entries().stream().map(FeedEntry::url).toList());
        assertFalse(feed.truncated());
    }

    @Test
    void theLimitCountsItemsSoLinklessItemsUseUpPlaces() throws Exception {
        ParsedFeed feed = new FeedParser(3).parse(rss(5, i -> i == 0 ? "<item><title>no link</title></item>" : fullItem(i)), null, FEED_URL);
        assertEquals(2, feed.entries().size());
        assertTrue(feed.truncated());
    }

    @Test
    void hundredThousandItemRssWithALimitKeepsOnlyTheLimit() {
        assertTrue(rss(100_000, FeedBoundsTest::fullItem).length > 10_000_000, "a feed of 10 MB or more");
        ParsedFeed feed = measure("RSS 100k items", n -> rss(n, FeedBoundsTest::fullItem), 1_000);
        assertEquals(1_000, feed.entries().size());
        assertTrue(feed.truncated());
        assertEquals("https://news.example/2024/03/story-999", feed.entries().get(999).url());
    }

    /** Slow by design: Rome parses each pubDate with a fresh SimpleDateFormat per mask, about 0.1 ms an item. */
    @Test
    void hundredThousandItemRssWithoutALimitMaterialisesEverything() {
        ParsedFeed feed = measure("RSS 100k items, all kept", n -> rss(n, FeedBoundsTest::fullItem), 100_000);
        assertEquals(100_000, feed.entries().size());
        assertFalse(feed.truncated());
        assertEquals("https://news.example/2024/03/story-99999", feed.entries().get(99_999).url());
    }

    @Test
    void hundredThousandMinimalItemsFitUnderTheFetchCap() {
        IntFunction<byte[]> minimal = n -> rss(n, i -> "<item><link>https://n.example/" + i + "</link></item>");
        assertTrue(minimal.apply(100_000).length < 5 * 1024 * 1024, "under the fetcher's 5 MiB default cap");
        ParsedFeed feed = measure("RSS 100k minimal items", minimal, 500);
        assertEquals(500, feed.entries().size());
        assertTrue(feed.truncated());
    }

    @Test
    void hundredThousandEntryAtom() {
        ParsedFeed feed = measure("Atom 100k entries", FeedBoundsTest::atom, 1_000);
        assertEquals(1_000, feed.entries().size());
        assertTrue(feed.truncated());
    }

    @Test
    void hundredThousandUrlSitemapWithALimit() {
        ParsedFeed feed = measure("sitemap 100k URLs", FeedBoundsTest::sitemap, 1_000);
        assertEquals(1_000, feed.entries().size());
        assertTrue(feed.truncated());
        assertEquals("https://news.example/2024/03/story-999", feed.entries().get(999).url());
    }

    @Test
    void hundredThousandUrlSitemapWithoutALimit() {
        ParsedFeed feed = measure("sitemap 100k URLs, all kept", FeedBoundsTest::sitemap, 100_000);
        assertEquals(100_000, feed.entries().size());
        assertFalse(feed.truncated());
    }
}
