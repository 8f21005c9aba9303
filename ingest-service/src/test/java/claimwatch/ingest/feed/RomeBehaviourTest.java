package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Feed dialects and field choices that depend on Rome's reading: versions, date forms, link and title choice. */
class RomeBehaviourTest {

    private static final String FEED_URL = "https://a.example/feed";
    private final FeedParser parser = new FeedParser(50);

    private ParsedFeed parse(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, FEED_URL);
    }

    private static String rss(String version, String items) {
        return "<rss version=\"" + version + "\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>t</title><link>https://a.example/</link>"
                + "<description>d</description><language>en</language>" + items + "</channel></rss>";
    }

    private static String atom(String entries) {
        return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:t</id><updated>2024-03-11T00:00:00Z</updated>" + entries + "</feed>";
    }

    @ParameterizedTest(name = "RSS {0}")
    @ValueSource(strings = {"0.91", "0.92", "0.93", "0.94", "2.0", " 2.0 ", "2", "3.0"})
    void everyRssVersionGivesItsItems(String version) throws Exception {
        ParsedFeed feed = parse(rss(version, "<item><title>One</title><link>https://a.example/1</link></item><item><title>Two</title><link>https://a.example/2</link></item>"));
        assertEquals(FeedKind.RSS, feed.kind());
        assertEquals(List.of("https://a.example/1", "https://a.example/2"), feed.entries().stream().map(FeedEntry::url).toList());
    }

    @Test
    void rss090() throws Exception {
        String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\">"
                + "<channel><title>t</title><link>https://a.example/</link><description>d</description></channel>"
                + "<item><title>Old</title><link>https://a.example/old</link></item></rdf:RDF>";
        ParsedFeed feed = parse(xml);
        assertEquals(FeedKind.RSS, feed.kind());
        assertEquals(List.of(new FeedEntry("https://a.example/old", Optional.of("Old"), Optional.empty())), feed.entries());
    }

    @Test
    void atom03() throws Exception {
        String xml = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>t</title><modified>2024-03-11T00:00:00Z</modified>"
                + "<entry><title>Legacy</title><link rel=\"alternate\" type=\"text/html\" href=\"https://a.example/legacy\"/><id>urn:l</id>"
                + "<issued>2024-03-10T09:00:00Z</issued><modified>2024-03-10T10:00:00Z</modified></entry></feed>";
        ParsedFeed feed = parse(xml);
        assertEquals(FeedKind.ATOM, feed.kind());
        assertEquals("https://a.example/legacy", feed.entries().get(0).url());
        assertEquals(Optional.of("Legacy"), feed.entries().get(0).title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mon, 11 Mar 2024 15:05:00 GMT    | 2024-03-11T15:05:00Z
            Mon, 11 Mar 2024 15:05:00 +0100  | 2024-03-11T14:05:00Z
            Mon, 11 Mar 2024 10:05:00 EST    | 2024-03-11T15:05:00Z
            11 Mar 2024 15:05:00 GMT         | 2024-03-11T15:05:00Z
            Mon, 11 Mar 2024 15:05 GMT       | 2024-03-11T15:05:00Z
            2024-03-11T15:05:00Z             | 2024-03-11T15:05:00Z
            2024-03-11T16:05:00+01:00        | 2024-03-11T15:05:00Z
            """)
    void rssDateForms(String pubDate, String expected) throws Exception {
        ParsedFeed feed = parse(rss("2.0", "<item><link>https://a.example/1</link><pubDate>" + pubDate + "</pubDate></item>"));
        assertEquals(Optional.of(OffsetDateTime.parse(expected)), feed.entries().get(0).publishedAt());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "yesterday", "3 months ago", "Mon, 99 Foo 2024 15:05:00 GMT"})
    void unreadableDatesAreAbsentNotErrors(String pubDate) throws Exception {
        ParsedFeed feed = parse(rss("2.0", "<item><link>https://a.example/1</link><pubDate>" + pubDate + "</pubDate></item>"));
        assertEquals(Optional.empty(), feed.entries().get(0).publishedAt());
    }

    @Test
    void dublinCoreDateWhenThereIsNoPubDate() throws Exception {
        ParsedFeed feed = parse(rss("2.0", "<item><link>https://a.example/1</link><dc:date>2024-03-12T08:05:00+01:00</dc:date></item>"));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-12T07:05:00Z")), feed.entries().get(0).publishedAt());
    }

    @Test
    void atomPublishedWinsOverUpdatedAndUpdatedStandsIn() throws Exception {
        ParsedFeed feed = parse(atom(
                "<entry><id>1</id><title>a</title><link href=\"https://a.example/1\"/><updated>2024-03-12T00:00:00Z</updated><published>2024-03-11T00:00:00Z</published></entry>"
                        + "<entry><id>2</id><title>b</title><link href=\"https://a.example/2\"/><updated>2024-03-13T00:00:00Z</updated></entry>"
                        + "<entry><id>3</id><title>c</title><link href=\"https://a.example/3\"/></entry>"));
        assertEquals(List.of(Optional.of(OffsetDateTime.parse("2024-03-11T00:00:00Z")), Optional.of(OffsetDateTime.parse("2024-03-13T00:00:00Z")), Optional.empty()),
                feed.entries().stream().map(FeedEntry::publishedAt).toList());
    }

    @Test
    void atomLinkChoice() throws Exception {
        ParsedFeed feed = parse(atom(
                "<entry><id>1</id><title>no rel means alternate</title><link rel=\"self\" href=\"https://a.example/api/1\"/><link href=\"https://a.example/1\"/></entry>"
                        + "<entry><id>2</id><title>xhtml alternate</title><link rel=\"alternate\" type=\"application/xhtml+xml\" href=\"https://a.example/2\"/></entry>"
                        + "<entry><id>3</id><title>only a pdf alternate</title><link rel=\"alternate\" type=\"application/pdf\" href=\"https://a.example/3.pdf\"/></entry>"
                        + "<entry><id>4</id><title>related and via only</title><link rel=\"related\" href=\"https://b.example/4\"/><link rel=\"via\" href=\"https://c.example/4\"/></entry>"
                        + "<entry><id>5</id><title>empty href</title><link href=\"\"/><link rel=\"alternate\" type=\"text/html\" href=\"https://a.example/5\"/></entry>"));
        assertEquals(List.of("https://a.example/1", "https://a.example/2", "https://a.example/3.pdf", "https://a.example/5"),
                feed.entries().stream().map(FeedEntry::url).toList());
    }

    @Test
    void titlesHaveTheirWhitespaceCollapsed() throws Exception {
        ParsedFeed feed = parse(rss("2.0", "<item><title>\n   Valderra   signs\n\tferry deal  </title><link>https://a.example/1</link></item>"));
        assertEquals(Optional.of("Valderra signs ferry deal"), feed.entries().get(0).title());
    }

    @Test
    void rssTitleWithEscapedMarkupIsKeptAsWritten() throws Exception {
        ParsedFeed feed = parse(rss("2.0", "<item><title>Why &lt;b&gt; tags &amp; AT&amp;T matter</title><link>https://a.example/1</link></item>"));
        assertEquals(Optional.of("Why <b> tags & AT&T matter"), feed.entries().get(0).title());
    }

    @Test
    void linkInCdataAndWithSurroundingWhitespace() throws Exception {
        ParsedFeed feed = parse(rss("2.0", "<item><link><![CDATA[ https://a.example/1?x=1&y=2 ]]></link></item><item><link>\n\t https://a.example/2 \n</link></item>"));
        assertEquals(List.of("https://a.example/1?x=1&y=2", "https://a.example/2"), feed.entries().stream().map(FeedEntry::url).toList());
    }

    @Test
    void guidThatIsNotAPermalinkIsNotALink() throws Exception {
        ParsedFeed feed = parse(rss("2.0", "<item><title>x</title><guid isPermaLink=\"false\">https://a.example/looks-like-a-link</guid></item>"));
        assertEquals(List.of(), feed.entries());
    }

    @Test
    void guidWithoutIsPermaLinkDefaultsToPermalink() throws Exception {
        ParsedFeed feed = parse(rss("2.0", "<item><title>x</title><guid>https://a.example/permalink</guid></item>"));
        assertEquals(List.of("https://a.example/permalink"), feed.entries().stream().map(FeedEntry::url).toList());
    }

    @Test
    void namespacedExtensionsAndEnclosuresDoNotDisturbEntries() throws Exception {
        String items = "<item xmlns:media=\"http://search.yahoo.com/mrss/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<title>With media</title><link>https://a.example/1</link><media:content url=\"https://img.a.example/1.jpg\" medium=\"image\"/>"
                + "<enclosure url=\"https://a.example/1.mp3\" length=\"1\" type=\"audio/mpeg\"/><content:encoded><![CDATA[<p>Body <a href=\"https://x.example/\">x</a></p>]]></content:encoded>"
                + "<category>Ferries</category><comments>https://a.example/1#comments</comments></item>";
        ParsedFeed feed = parse(rss("2.0", items));
        assertEquals(List.of(new FeedEntry("https://a.example/1", Optional.of("With media"), Optional.empty())), feed.entries());
    }
}
