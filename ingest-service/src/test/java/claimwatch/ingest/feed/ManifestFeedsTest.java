package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sample coverage ({@code samples/manifest.json}) published as RSS 2.0, Atom and a Google News sitemap the way
 * outlets write them; every format must give back each article's URL, title and publication instant.
 */
class ManifestFeedsTest {

    record Article(String url, String title, Optional<OffsetDateTime> publishedAt) {
    }

    private static final List<Article> ARTICLES = manifest();
    private final FeedParser parser = new FeedParser(100);

    private static List<Article> manifest() {
        try {
            JsonNode root = new ObjectMapper().readTree(Path.of("..", "samples", "manifest.json").toFile());
            List<Article> articles = new ArrayList<>();
            for (JsonNode node : root) {
                JsonNode published = node.get("publishedAt");
                articles.add(new Article(node.get("url").asText(), node.get("title").asText(),
                        published == null || published.isNull() ? Optional.empty() : Optional.of(OffsetDateTime.parse(published.asText()))));
            }
            return articles;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void assertRoundTrip(ParsedFeed feed, boolean datesKeepTheirOffset) {
        assertEquals(ARTICLES.size(), feed.entries().size());
        assertFalse(feed.truncated());
        for (int i = 0; i < ARTICLES.size(); i++) {
            Article article = ARTICLES.get(i);
            FeedEntry entry = feed.entries().get(i);
            assertEquals(article.url(), entry.url());
            assertEquals(Optional.of(article.title()), entry.title());
            assertEquals(article.publishedAt().map(OffsetDateTime::toInstant), entry.publishedAt().map(OffsetDateTime::toInstant), article.url());
            if (datesKeepTheirOffset) {
                assertEquals(article.publishedAt(), entry.publishedAt());
            }
        }
    }

    @Test
    void manifestHasTheFifteenArticles() {
        assertEquals(15, ARTICLES.size());
    }

    @Test
    void asRss20() throws Exception {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Valderra coverage</title>"
                + "<link>https://aggregator.example/</link><description>All outlets</description>");
        for (Article article : ARTICLES) {
            rss.append("<item><title>").append(xml(article.title())).append("</title><link>").append(xml(article.url())).append("</link>");
            article.publishedAt().ifPresent(date -> rss.append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(date)).append("</pubDate>"));
            rss.append("</item>");
        }
        assertRoundTrip(parser.parse(rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8), "application/rss+xml", "https://aggregator.example/rss"), false);
    }

    @Test
    void asAtom() throws Exception {
        StringBuilder atom = new StringBuilder("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Valderra coverage</title><id>urn:valderra</id>"
                + "<updated>2024-03-15T13:40:00+01:00</updated>");
        for (Article article : ARTICLES) {
            atom.append("<entry><title type=\"text\">").append(xml(article.title())).append("</title><id>").append(xml(article.url())).append("</id>")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(article.url())).append("\"/>");
            article.publishedAt().ifPresent(date -> atom.append("<published>").append(date).append("</published>"));
            atom.append("</entry>");
        }
        assertRoundTrip(parser.parse(atom.append("</feed>").toString().getBytes(StandardCharsets.UTF_8), "application/atom+xml", "https://aggregator.example/atom"), false);
    }

    @Test
    void asGoogleNewsSitemap() throws Exception {
        StringBuilder sitemap = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        for (Article article : ARTICLES) {
            sitemap.append("<url><loc>").append(xml(article.url())).append("</loc><news:news><news:publication><news:name>Outlet</news:name>")
                    .append("<news:language>en</news:language></news:publication>");
            article.publishedAt().ifPresent(date -> sitemap.append("<news:publication_date>").append(date).append("</news:publication_date>"));
            sitemap.append("<news:title>").append(xml(article.title())).append("</news:title></news:news></url>");
        }
        ParsedFeed feed = parser.parse(sitemap.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8), "application/xml", "https://aggregator.example/news.xml");
        assertEquals(FeedKind.NEWS_SITEMAP, feed.kind());
        assertRoundTrip(feed, true);
    }

    @Test
    void asPlainSitemapWithLastmodInUtc() throws Exception {
        StringBuilder sitemap = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (Article article : ARTICLES) {
            sitemap.append("<url><loc>").append(xml(article.url())).append("</loc>");
            article.publishedAt().ifPresent(date -> sitemap.append("<lastmod>").append(date.withOffsetSameInstant(ZoneOffset.UTC)).append("</lastmod>"));
            sitemap.append("</url>");
        }
        ParsedFeed feed = parser.parse(sitemap.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8), null, "https://aggregator.example/sitemap.xml");
        assertEquals(FeedKind.SITEMAP, feed.kind());
        for (int i = 0; i < ARTICLES.size(); i++) {
            assertEquals(ARTICLES.get(i).url(), feed.entries().get(i).url());
            assertEquals(ARTICLES.get(i).publishedAt().map(OffsetDateTime::toInstant), feed.entries().get(i).publishedAt().map(OffsetDateTime::toInstant));
        }
    }
}
