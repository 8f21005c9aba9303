package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    private static JsonLd of(String... scripts) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String script : scripts) {
            html.append("<script type=\"application/ld+json\">").append(script).append("</script>");
        }
        return JsonLd.of(Jsoup.parse(html.append("</head><body></body></html>").toString()));
    }

    @Test
    void readsASingleNewsArticle() {
        JsonLd jsonLd = of("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry deal\","
                + "\"datePublished\":\"2024-03-12T06:00:00+00:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Priya Natarajan\"},"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Mercantile Journal\"}}");
        assertEquals(Optional.of("Ferry deal"), jsonLd.headline());
        assertEquals(Optional.of("2024-03-12T06:00:00+00:00"), jsonLd.datePublished());
        assertEquals(List.of("Priya Natarajan"), jsonLd.authorNames());
        assertEquals(Optional.of("The Mercantile Journal"), jsonLd.siteName());
    }

    @Test
    void findsTheArticleInsideAGraph() {
        JsonLd jsonLd = of("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Ferry & Fleet Review\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Aldermoor to build six ferries\",\"datePublished\":\"2024-03-13T10:30:00+01:00\","
                + "\"mainEntityOfPage\":\"https://www.ffr.example/newbuilds/a/\"}]}");
        assertEquals(Optional.of("Aldermoor to build six ferries"), jsonLd.headline());
        assertEquals(Optional.of("Ferry & Fleet Review"), jsonLd.siteName());
        assertEquals(Optional.of("https://www.ffr.example/newbuilds/a/"), jsonLd.url());
    }

    @Test
    void findsTheArticleInATopLevelArrayWithATypeArray() {
        JsonLd jsonLd = of("[{\"@type\":\"BreadcrumbList\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"Le port mise sur l'hydrogène\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Claire Dubois\"},{\"@type\":\"Person\",\"name\":\"Marc Léger\"}]}]");
        assertEquals(Optional.of("Le port mise sur l'hydrogène"), jsonLd.headline());
        assertEquals(List.of("Claire Dubois", "Marc Léger"), jsonLd.authorNames());
    }

    @Test
    void followsAnIdReferenceToThePublisher() {
        JsonLd jsonLd = of("{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"publisher\":{\"@id\":\"#org\"}},"
                + "{\"@type\":\"NewsMediaOrganization\",\"@id\":\"#org\",\"name\":\"Diario del Sur\"}]}");
        assertEquals(Optional.of("Diario del Sur"), jsonLd.siteName());
    }

    @Test
    void brokenJsonIsSkippedAndTheNextScriptStillCounts() {
        JsonLd jsonLd = of("{\"@type\":\"NewsArticle\",\"headline\":\"Broken\"", "{\"@type\":\"NewsArticle\",\"headline\":\"Fine\"}");
        assertEquals(Optional.of("Fine"), jsonLd.headline());
    }

    @Test
    void commonSloppinessIsTolerated() {
        JsonLd jsonLd = of("{'@type':'NewsArticle', 'headline':'Single quotes', /* comment */ 'datePublished':'2024-03-12',}");
        assertEquals(Optional.of("Single quotes"), jsonLd.headline());
        assertEquals(Optional.of("2024-03-12"), jsonLd.datePublished());
    }

    @Test
    void authorsMayBeStringsAndUrlsAreNotNames() {
        assertEquals(List.of("Jane Doe"), of("{\"@type\":\"Article\",\"author\":[\"Jane Doe\",\"https://x.example/jane\"]}").authorNames());
        assertEquals(List.of("Jane Doe"), of("{\"@type\":\"BlogPosting\",\"author\":\"Jane Doe\"}").authorNames());
    }

    @Test
    void aPageWithoutArticleHasOnlyItsSiteName() {
        JsonLd jsonLd = of("{\"@type\":\"WebSite\",\"name\":\"Harbor Times\",\"url\":\"https://harbortimes.example/\"}");
        assertEquals(Optional.empty(), jsonLd.headline());
        assertEquals(Optional.empty(), jsonLd.datePublished());
        assertEquals(List.of(), jsonLd.authorNames());
        assertEquals(Optional.of("Harbor Times"), jsonLd.siteName());
        assertEquals(Optional.empty(), jsonLd.url());
    }

    @Test
    void dateCreatedStandsInForAMissingDatePublished() {
        assertEquals(Optional.of("2024-03-01"), of("{\"@type\":\"NewsArticle\",\"dateCreated\":\"2024-03-01\"}").datePublished());
    }

    @Test
    void emptyAndNonObjectValuesAreIgnored() {
        JsonLd jsonLd = of("{\"@type\":\"NewsArticle\",\"headline\":\"  \",\"name\":\"Name instead\",\"datePublished\":{\"x\":1}}");
        assertEquals(Optional.of("Name instead"), jsonLd.headline());
        assertEquals(Optional.empty(), jsonLd.datePublished());
    }

    @Test
    void noScriptsNoData() {
        JsonLd jsonLd = of();
        assertEquals(Optional.empty(), jsonLd.article());
        assertEquals(Optional.empty(), jsonLd.siteName());
    }
}
