package claimwatch.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import claimwatch.ingest.clean.ArticleCleaner;
import claimwatch.ingest.clean.TextCleaner;
import claimwatch.ingest.dedupe.UrlCanonicalizer;
import claimwatch.ingest.metadata.LanguageDetector;
import claimwatch.ingest.metadata.MetadataExtractor;
import claimwatch.ingest.problem.FieldError;
import claimwatch.ingest.problem.InvalidRequestException;

class ArticleIntakeTest {

    private static final Instant NOW = Instant.parse("2024-03-12T10:00:00Z");
    private static final MetadataExtractor METADATA = new MetadataExtractor(LanguageDetector.load());
    private final ArticleIntake intake = new ArticleIntake(new ArticleCleaner(), new TextCleaner(), METADATA, new UrlCanonicalizer(),
            Clock.fixed(NOW, ZoneOffset.UTC), 1000);

    @Test
    void acceptsTextWithMetadata() {
        ArticleMessage article = intake.accept(new ArticleSubmission("The deal covers 41 ships.", null,
                "https://www.harbortimes.example/ferry", "Harbor Times", "Ferry deal", "Jane Doe", "2024-03-12T08:30:00+01:00", "EN")).article();
        assertEquals(ArticleIdentity.of("The deal covers 41 ships.").id(), article.id());
        assertEquals("Harbor Times", article.outlet());
        assertEquals(OffsetDateTime.parse("2024-03-12T08:30:00+01:00"), article.publishedAt());
        assertEquals(NOW, article.ingestedAt());
        assertEquals("en", article.language());
        assertNull(article.duplicateOf());
    }

    @Test
    void outletDefaultsToTheHostWithoutWww() {
        ArticleMessage article = intake.accept(text("Text.", "https://www.Coastline.example/a")).article();
        assertEquals("coastline.example", article.outlet());
    }

    @Test
    void htmlIsCleanedAndGivesTheTitle() {
        String html = "<html><head><title>Ferry deal signed</title></head><body><nav>Home | World</nav>"
                + "<article><h1>Ferry deal signed</h1><p>The contract is worth €430 million.</p></article>"
                + "<footer>© Harbor Times</footer></body></html>";
        ArticleMessage article = intake.accept(new ArticleSubmission(null, html, null, null, null, null, null, null)).article();
        assertEquals("Ferry deal signed\n\nThe contract is worth €430 million.", article.text());
        assertEquals("Ferry deal signed", article.title());
    }

    @Test
    void pastedTextLosesItsBoilerplateLines() {
        ArticleMessage article = intake.accept(text("Advertisement\nThe port ordered 12 new cranes for the terminal on Monday.\nShare this article", null)).article();
        assertEquals("The port ordered 12 new cranes for the terminal on Monday.", article.text());
    }

    @Test
    void canonicalUrlDropsTrackingAndWww() {
        IntakeResult result = intake.accept(text("Twelve cranes arrived.", "https://www.portnews.example/cranes?utm_source=x#top"));
        assertEquals(Optional.of("https://portnews.example/cranes"), result.canonicalUrl());
        assertEquals("https://www.portnews.example/cranes?utm_source=x#top", result.article().url());
    }

    @Test
    void declaredCanonicalOnTheSameHostWins() {
        String html = "<html><head><link rel=\"canonical\" href=\"https://portnews.example/cranes\"></head><body><article><h1>Cranes</h1>"
                + "<p>The port ordered 12 new cranes for its container terminal, the harbour master said on Monday.</p></article></body></html>";
        IntakeResult amp = intake.accept(new ArticleSubmission(null, html, "https://portnews.example/amp/cranes-print-edition", null, null, null, null, null));
        assertEquals(Optional.of("https://portnews.example/cranes"), amp.canonicalUrl());
    }

    @Test
    void declaredCanonicalOnAnotherHostIsNotTheIdentityOfASyndicatedCopy() {
        String html = "<html><head><link rel=\"canonical\" href=\"https://www.meridianwire.example/story\"></head><body><article><h1>Story</h1>"
                + "<p>The port ordered 12 new cranes for its container terminal, the harbour master said on Monday.</p></article></body></html>";
        IntakeResult copy = intake.accept(new ArticleSubmission(null, html, "https://northgate.example/news/story", null, null, null, null, null));
        assertEquals(Optional.of("https://northgate.example/news/story"), copy.canonicalUrl());
    }

    @Test
    void fetchedPageTakesTheFeedOutletOnlyWhenThePageNamesNone() {
        String html = "<html><head><title>Cranes</title></head><body><article><h1>Cranes</h1>"
                + "<p>The port ordered 12 new cranes for its container terminal, the harbour master said on Monday.</p></article></body></html>";
        ArticleMessage article = intake.acceptPage(html, "https://portnews.example/cranes", "Port News", NOW).orElseThrow().article();
        assertEquals("Port News", article.outlet());
        String named = html.replace("<head>", "<head><meta property=\"og:site_name\" content=\"The Port Gazette\">");
        assertEquals("The Port Gazette", intake.acceptPage(named, "https://portnews.example/cranes", "Port News", NOW).orElseThrow().article().outlet());
    }

    @Test
    void fetchedPageWithoutTextIsSkipped() {
        assertEquals(Optional.empty(), intake.acceptPage("<html><body><nav>Home</nav></body></html>", "https://a.example/", null, NOW));
    }

    @Test
    void textAndHtmlTogetherAreRefused() {
        assertFields(List.of("html"), new ArticleSubmission("a", "<p>b</p>", null, null, null, null, null, null));
    }

    @Test
    void neitherTextNorHtmlIsRefused() {
        assertFields(List.of("text"), new ArticleSubmission(null, null, null, "Outlet", null, null, null, null));
    }

    @Test
    void blankTextIsRefused() {
        assertFields(List.of("text"), text("   \n ", null));
    }

    @Test
    void htmlWithoutTextIsRefused() {
        assertFields(List.of("html"), new ArticleSubmission(null, "<html><script>x()</script></html>", null, null, null, null, null, null));
    }

    @Test
    void tooLongTextIsRefused() {
        assertFields(List.of("text"), text("x".repeat(1001), null));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> intake.accept(new ArticleSubmission(
                "Fine text.", null, "ftp://files.example/a", null, null, null, "12/03/2024", "english")));
        assertEquals(List.of("url", "publishedAt", "language"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void relativeOrNonHttpUrlsAreRefused() {
        assertFields(List.of("url"), text("Fine.", "/business/ferry"));
        assertFields(List.of("url"), text("Fine.", "javascript:alert(1)"));
        assertFields(List.of("url"), text("Fine.", "http://exa mple.com/"));
    }

    @Test
    void publishedAtNeedsAnOffset() {
        assertFields(List.of("publishedAt"), new ArticleSubmission("Fine.", null, null, null, null, null, "2024-03-12T08:30:00", null));
    }

    @Test
    void missingBodyIsRefused() {
        assertThrows(InvalidRequestException.class, () -> intake.accept(null));
    }

    private static ArticleSubmission text(String text, String url) {
        return new ArticleSubmission(text, null, url, null, null, null, null, null);
    }

    private void assertFields(List<String> fields, ArticleSubmission submission) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> intake.accept(submission));
        assertEquals(fields, e.errors().stream().map(FieldError::field).toList());
    }
}
