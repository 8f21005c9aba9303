package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class SitemapParsingTest {

    private final FeedParser parser = new FeedParser(100);

    private static List<String> urls(ParsedFeed feed) {
        return feed.entries().stream().map(FeedEntry::url).toList();
    }

    @Test
    void sitemapEntriesWithLastmodAndRelativeLocationsResolved() throws Exception {
        ParsedFeed feed = parser.parse(FeedResources.bytes("sitemap.xml"), "application/xml", "https://www.elfarovalderra.example/sitemap.xml");
        assertEquals(FeedKind.SITEMAP, feed.kind());
        assertEquals(List.of(
                "https://www.elfarovalderra.example/en/economia/2024/03/12/gobierno-formaliza-compra-seis-transbordadores.html",
                "https://www.elfarovalderra.example/en/cultura/2024/03/15/museo-arte-contemporaneo.html",
                "https://www.elfarovalderra.example/en/deportes/2024/03/10/maraton.html",
                "https://cdn.partner.example/elfaro/syndicated-story.html"), urls(feed));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-12T08:15:00Z")), feed.entries().get(0).publishedAt());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-15T00:00:00Z")), feed.entries().get(1).publishedAt());
        assertEquals(Optional.empty(), feed.entries().get(2).publishedAt());
        assertTrue(feed.entries().stream().allMatch(entry -> entry.title().isEmpty()));
        assertFalse(feed.truncated());
    }

    @Test
    void newsSitemapTakesTitleAndPublicationDateFromNewsNews() throws Exception {
        ParsedFeed feed = parser.parse(FeedResources.bytes("news-sitemap.xml"), "text/xml", "https://www.dailyklaxon.example/news-sitemap.xml");
        assertEquals(FeedKind.NEWS_SITEMAP, feed.kind());
        FeedEntry first = feed.entries().get(0);
        assertEquals("https://www.dailyklaxon.example/news/world/ferry-fury-valderra-520-million-887213", first.url());
        assertEquals(Optional.of("FERRY FURY: Valderra splashes €520 MILLION on eight new boats as auditors cry foul"), first.title());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-11T19:40:00Z")), first.publishedAt());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-11T08:30:00+01:00")), feed.entries().get(1).publishedAt());
        assertEquals(Optional.of("Runner pops the question at mile 20"), feed.entries().get(1).title());
    }

    @Test
    void imageLocationsInsideAUrlAreNotTakenForPages() throws Exception {
        ParsedFeed feed = parser.parse(FeedResources.bytes("news-sitemap.xml"), null, "https://www.dailyklaxon.example/news-sitemap.xml");
        assertEquals(List.of("https://www.dailyklaxon.example/news/world/ferry-fury-valderra-520-million-887213",
                "https://www.dailyklaxon.example/news/local/marathon-proposal-887100",
                "https://www.dailyklaxon.example/news/world/no-news-block-887300"), urls(feed));
    }

    @Test
    void newsSitemapUrlWithoutNewsBlockFallsBackToLastmod() throws Exception {
        FeedEntry third = parser.parse(FeedResources.bytes("news-sitemap.xml"), null, "https://www.dailyklaxon.example/news-sitemap.xml").entries().get(2);
        assertEquals(Optional.empty(), third.title());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-12T00:00:00Z")), third.publishedAt());
    }

    @Test
    void newsNamespaceDeclaredOnTheUrlRatherThanTheRootStillMakesANewsSitemap() throws Exception {
        String xml = """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
                    <loc>https://a.example/story</loc>
                    <n:news><n:publication><n:name>A</n:name><n:language>en</n:language></n:publication>
                    <n:publication_date>2024-03-11</n:publication_date><n:title>Story</n:title></n:news>
                  </url>
                </urlset>""";
        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, "https://a.example/sitemap.xml");
        assertEquals(FeedKind.NEWS_SITEMAP, feed.kind());
        assertEquals(Optional.of("Story"), feed.entries().get(0).title());
    }

    @Test
    void sitemapIndexListsChildSitemapsAndNoEntries() throws Exception {
        ParsedFeed feed = parser.parse(FeedResources.bytes("sitemap-index.xml"), "application/xml", "https://www.mercantilejournal.example/sitemap.xml");
        assertEquals(FeedKind.SITEMAP_INDEX, feed.kind());
        assertEquals(List.of(), feed.entries());
        assertEquals(List.of("https://www.mercantilejournal.example/sitemaps/news.xml",
                "https://www.mercantilejournal.example/sitemaps/2024-03.xml.gz",
                "https://www.mercantilejournal.example/sitemaps/sections.xml"), feed.childSitemaps());
        assertFalse(feed.truncated());
    }

    @Test
    void sitemapIndexBeyondTheLimitIsTruncated() throws Exception {
        StringBuilder xml = new StringBuilder("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < 250; i++) {
            xml.append("<sitemap><loc>https://a.example/sitemap-").append(i).append(".xml</loc></sitemap>");
        }
        ParsedFeed feed = parser.parse(xml.append("</sitemapindex>").toString().getBytes(StandardCharsets.UTF_8), null, "https://a.example/sitemap.xml");
        assertEquals(100, feed.childSitemaps().size());
        assertEquals("https://a.example/sitemap-99.xml", feed.childSitemaps().get(99));
        assertTrue(feed.truncated());
    }

    @Test
    void newsSitemapTruncationKeepsEachEntrysOwnNewsData() throws Exception {
        StringBuilder xml = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        for (int i = 0; i < 150; i++) {
            xml.append("<url><loc>https://a.example/s").append(i).append("</loc><news:news><news:publication><news:name>A</news:name><news:language>en</news:language></news:publication>")
                    .append("<news:publication_date>2024-03-11T10:").append(String.format("%02d", i % 60)).append(":00Z</news:publication_date><news:title>Title ")
                    .append(i).append("</news:title></news:news></url>");
        }
        ParsedFeed feed = parser.parse(xml.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8), null, "https://a.example/news.xml");
        assertEquals(100, feed.entries().size());
        assertTrue(feed.truncated());
        for (int i = 0; i < 100; i++) {
            FeedEntry entry = feed.entries().get(i);
            assertEquals("https://a.example/s" + i, entry.url());
            assertEquals(Optional.of("Title " + i), entry.title());
            assertEquals(Optional.of(OffsetDateTime.parse(String.format("2024-03-11T10:%02d:00Z", i % 60))), entry.publishedAt());
        }
    }

    @Test
    void gzippedSitemapIsInflated() throws Exception {
        ParsedFeed feed = parser.parse(gzip(FeedResources.bytes("sitemap.xml")), "application/x-gzip", "https://www.elfarovalderra.example/sitemap.xml.gz");
        assertEquals(FeedKind.SITEMAP, feed.kind());
        assertEquals(4, feed.entries().size());
    }

    @Test
    void isoLatin1SitemapIsTranscodedForCrawlerCommons() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>https://a.example/a</loc><news:news><news:publication><news:name>A</news:name><news:language>es</news:language></news:publication>"
                + "<news:publication_date>2024-03-12</news:publication_date><news:title>Cámara de Cuentas: año de señales</news:title></news:news></url></urlset>";
        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.ISO_8859_1), null, "https://a.example/news.xml");
        assertEquals(Optional.of("Cámara de Cuentas: año de señales"), feed.entries().get(0).title());
    }

    @Test
    void sitemapWithADoctypeIsRefused() {
        String xml = "<!DOCTYPE urlset><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/a</loc></url></urlset>";
        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, "https://a.example/s.xml"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void brokenSitemapIsRefusedWithTheXmlReason() {
        String xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/a</loc></url><url><loc>https://a.example/b</url></urlset>";
        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, "https://a.example/s.xml"));
        assertTrue(e.getMessage().startsWith("not well-formed XML"), e.getMessage());
    }

    static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
