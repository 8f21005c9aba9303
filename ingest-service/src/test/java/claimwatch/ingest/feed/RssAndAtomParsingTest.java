package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RssAndAtomParsingTest {

    private final FeedParser parser = new FeedParser(100);

    private ParsedFeed parse(String resource, String feedUrl) throws FeedParseException {
        return parser.parse(FeedResources.bytes(resource), "application/rss+xml", feedUrl);
    }

    private static List<String> urls(ParsedFeed feed) {
        return feed.entries().stream().map(FeedEntry::url).toList();
    }

    @Test
    void rss20EntriesInDocumentOrderWithRelativeLinksResolvedAndUnusableLinksSkipped() throws Exception {
        ParsedFeed feed = parse("rss20.xml", "https://www.northgateherald.example/news/world/rss");
        assertEquals(FeedKind.RSS, feed.kind());
        assertEquals(List.of(
                "https://www.northgateherald.example/news/world/valderra-ferry-deal-aldermoor-24591837",
                "https://www.northgateherald.example/news/world/ferry-fury-reaction-24591901",
                "https://www.northgateherald.example/news/world/permalink-only-24591950",
                "https://www.northgateherald.example/news/world/untitled-24592001?utm_source=rss&id=7"), urls(feed));
        assertFalse(feed.truncated());
        assertTrue(feed.childSitemaps().isEmpty());
    }

    @Test
    void rss20TitlesAndDates() throws Exception {
        List<FeedEntry> entries = parse("rss20.xml", "https://www.northgateherald.example/news/world/rss").entries();
        assertEquals(Optional.of("Valderra agrees €430m deal for six new ferries and nine refits"), entries.get(0).title());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-11T15:05:00Z")), entries.get(0).publishedAt());
        assertEquals(Optional.of("Ferry fury: \"Where's the money?\" asks Klaxon & co"), entries.get(1).title());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-11T20:30:00Z")), entries.get(1).publishedAt());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-12T07:00:00Z")), entries.get(2).publishedAt());
        assertEquals(Optional.empty(), entries.get(3).title());
        assertEquals(Optional.empty(), entries.get(3).publishedAt());
    }

    @Test
    void rss091WithNetscapeDoctypeParsesWithoutFetchingTheDtd() throws Exception {
        ParsedFeed feed = parse("rss091-netscape.xml", "https://www.albacoastcourier.example/feed");
        assertEquals(FeedKind.RSS, feed.kind());
        assertEquals(List.of("https://www.albacoastcourier.example/2024/03/09/ferry-contract-monday/",
                "https://www.albacoastcourier.example/2024/03/10/kiprono-course-record-marathon/"), urls(feed));
        assertEquals(Optional.of("Kiprono breaks course record"), feed.entries().get(1).title());
    }

    @Test
    void rss10RdfIsRss() throws Exception {
        ParsedFeed feed = parse("rss10-rdf.xml", "https://www.eurotransport.example/feed.rdf");
        assertEquals(FeedKind.RSS, feed.kind());
        assertEquals(List.of("https://www.eurotransport.example/valderra-eu-funds", "https://www.eurotransport.example/rail-package"), urls(feed));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-13T23:00:00Z")), feed.entries().get(0).publishedAt());
        assertEquals(Optional.of("Rail package stalls in Council"), feed.entries().get(1).title());
    }

    @Test
    void atomPrefersTheHtmlAlternateLinkAndThePublishedDate() throws Exception {
        ParsedFeed feed = parse("atom.xml", "https://www.meridianwire.example/europe/atom.xml");
        assertEquals(FeedKind.ATOM, feed.kind());
        FeedEntry first = feed.entries().get(0);
        assertEquals("https://www.meridianwire.example/europe/valderra-signs-ferry-contract-aldermoor-2024-03-11/", first.url());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-11T13:10:00Z")), first.publishedAt());
        assertEquals(Optional.of("Valderra signs €430 million ferry contract with Aldermoor Marine"), first.title());
    }

    @Test
    void atomResolvesRelativeLinksFallsBackToUpdatedAndSkipsEntriesWithOnlyASelfLink() throws Exception {
        ParsedFeed feed = parse("atom.xml", "https://www.meridianwire.example/europe/atom.xml");
        assertEquals(List.of(
                "https://www.meridianwire.example/europe/valderra-signs-ferry-contract-aldermoor-2024-03-11/",
                "https://www.meridianwire.example/europe/valderra-audit-chamber-report-2024-03-05/",
                "https://www.meridianwire.example/europe/valderra-parliament-vote-2024-03-15/"), urls(feed));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-05T12:00:00Z")), feed.entries().get(1).publishedAt());
    }

    @Test
    void atomHtmlAndXhtmlTitlesBecomePlainText() throws Exception {
        List<FeedEntry> entries = parse("atom.xml", "https://www.meridianwire.example/europe/atom.xml").entries();
        assertEquals(Optional.of("Audit chamber: cost up 23% since 2021 & only two bids"), entries.get(1).title());
        assertEquals(Optional.of("Parliament vote set for 18 April"), entries.get(2).title());
    }

    @Test
    void isoLatin1FeedWithEncodingDeclaration() throws Exception {
        ParsedFeed feed = parse("latin1-rss.xml", "https://www.elfarovalderra.example/rss");
        assertEquals(Optional.of("El Gobierno formaliza la compra de seis transbordadores por 430 millones de euros: Rendal, Cámara de Cuentas, año, señal"),
                feed.entries().get(0).title());
    }

    @Test
    void isoLatin1FeedServedWithAContentTypeThatSaysUtf8() throws Exception {
        ParsedFeed feed = parser.parse(FeedResources.bytes("latin1-rss.xml"), "text/xml; charset=UTF-8", "https://www.elfarovalderra.example/rss");
        assertTrue(feed.entries().get(0).title().orElseThrow().contains("Cámara de Cuentas, año, señal"));
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        ParsedFeed feed = parse("bom-atom.xml", "https://www.islacorvagazette.example/feed");
        assertEquals(FeedKind.ATOM, feed.kind());
        assertEquals(Optional.of("Islanders react: “At last, a ferry that won’t break down”"), feed.entries().get(0).title());
    }

    @Test
    void contentTypeDoesNotDecideTheKind() throws Exception {
        byte[] atom = FeedResources.bytes("atom.xml");
        for (String contentType : new String[] {"text/html; charset=utf-8", "application/json", "application/rss+xml", "text/plain", null}) {
            assertEquals(FeedKind.ATOM, parser.parse(atom, contentType, "https://www.meridianwire.example/europe/atom.xml").kind());
        }
    }

    @Test
    void rssWithoutVersionAttributeIsReadAsRss20() throws Exception {
        String rss = "<rss><channel><title>t</title><link>https://a.example/</link><description>d</description>"
                + "<item><title>One</title><link>https://a.example/one</link></item></channel></rss>";
        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://a.example/feed");
        assertEquals(List.of("https://a.example/one"), urls(feed));
    }

    @Test
    void rssWithAnUnknownVersionIsReadAsRss20() throws Exception {
        String rss = "<rss version=\"2.0.1\"><channel><title>t</title><link>https://a.example/</link><description>d</description>"
                + "<item><link>https://a.example/one</link></item></channel></rss>";
        assertEquals(List.of("https://a.example/one"), urls(parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://a.example/feed")));
    }

    @Test
    void linksWithSpacesAndNonAsciiAreEncodedNotDropped() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description>"
                + "<item><link>https://a.example/noticias/año nuevo|2024</link></item>"
                + "<item><link>../up/one</link></item>"
                + "<item><link>//cdn.a.example/protocol-relative</link></item>"
                + "<item><link>https://a.example/100%</link></item></channel></rss>";
        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://a.example/feeds/rss");
        assertEquals(List.of("https://a.example/noticias/a%C3%B1o%20nuevo%7C2024", "https://a.example/up/one",
                "https://cdn.a.example/protocol-relative", "https://a.example/100%25"), urls(feed));
    }

    @Test
    void relativeLinkAgainstAFeedUrlWithoutPath() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description>"
                + "<item><link>story</link></item></channel></rss>";
        assertEquals(List.of("https://a.example/story"), urls(parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://a.example")));
    }

    @Test
    void emptyChannelHasNoEntries() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description></channel></rss>";
        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://a.example/feed");
        assertEquals(List.of(), feed.entries());
        assertFalse(feed.truncated());
    }
}
