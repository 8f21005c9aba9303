package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import claimwatch.ingest.clean.ArticleCleaner;

class MetadataExtractorTest {

    private static final Instant FETCHED = Instant.parse("2024-06-14T10:00:00Z");
    private static final String ENGLISH = "The regional government signed a contract for six new ferries on Monday, and the first will sail in 2027.";
    private static final String SPANISH = "El gobierno regional firmó el lunes un contrato para seis nuevos transbordadores y el primero zarpará en 2027.";

    private final MetadataExtractor extractor = new MetadataExtractor(LanguageDetector.load());

    private PageMetadata fromHtml(String html, String url) {
        return extractor.fromHtml(html, url, new ArticleCleaner().clean(html, url).text(), FETCHED);
    }

    @Test
    void aWellTaggedPageGivesEverything() {
        String html = "<html lang='en'><head><title>Ferry deal signed | Harbor Times</title>"
                + "<meta property='og:title' content='Ferry deal signed'><meta property='og:site_name' content='Harbor Times'>"
                + "<meta property='article:published_time' content='2024-03-12T08:30:00+01:00'><meta name='author' content='Jane Doe'>"
                + "<link rel='canonical' href='/news/ferry-deal'></head><body><h1>Ferry deal signed</h1><p>" + ENGLISH + "</p></body></html>";
        PageMetadata metadata = fromHtml(html, "https://www.harbortimes.example/news/ferry-deal?utm=x");
        assertEquals(new PageMetadata(Optional.of("Ferry deal signed"), Optional.of("Jane Doe"),
                Optional.of(OffsetDateTime.parse("2024-03-12T08:30+01:00")), Optional.of("open-graph"), Optional.of("en"),
                Optional.of("https://www.harbortimes.example/news/ferry-deal"), Optional.of("Harbor Times")), metadata);
    }

    @Test
    void aBarePageFallsBackToTheHostAndTheTitleElement() {
        PageMetadata metadata = fromHtml("<title>Ferry deal signed</title><p>" + ENGLISH + "</p>", "https://www.Harbortimes.example/a");
        assertEquals(Optional.of("Ferry deal signed"), metadata.title());
        assertEquals(Optional.of("harbortimes.example"), metadata.outlet());
        assertEquals(Optional.empty(), metadata.canonicalUrl());
        assertEquals(Optional.empty(), metadata.publishedAt());
        assertEquals(Optional.empty(), metadata.publishedAtSource());
    }

    @Test
    void theSiteNameInTheTitleBeatsTheHost() {
        assertEquals(Optional.of("The Harbor Crier"),
                fromHtml("<title>The Harbor Crier - Council approves dredging of north channel</title><p>" + ENGLISH + "</p>", "https://crier.example/a").outlet());
    }

    @Test
    void withoutUrlAndSiteNameThereIsNoOutlet() {
        assertEquals(Optional.empty(), fromHtml("<title>Ferry deal signed</title><p>" + ENGLISH + "</p>", null).outlet());
    }

    @Test
    void theJsonLdPublisherIsTheOutletWhenOpenGraphHasNone() {
        String html = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H1 text here\",\"publisher\":{\"name\":\"Meridian Wire\"}}</script>";
        assertEquals(Optional.of("Meridian Wire"), fromHtml(html, "https://www.meridianwire.example/x").outlet());
    }

    @Test
    void aCutShortOpenGraphTitleLosesToTheFullHeadline() {
        String html = "<title>FERRY FURY: Valderra splashes €520 MILLION on eight new boats as auditors cry foul | The Daily Klaxon</title>"
                + "<meta property='og:title' content='FERRY FURY: Valderra splashes €520 MILLION on eight new boats'>";
        assertEquals(Optional.of("FERRY FURY: Valderra splashes €520 MILLION on eight new boats as auditors cry foul"), fromHtml(html, null).title());
    }

    @Test
    void entitiesInMetadataAreDecoded() {
        String html = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Ferry &amp; Fleet\",\"publisher\":{\"name\":\"Ferry &amp; Fleet Review\"}}</script>";
        PageMetadata metadata = fromHtml(html, null);
        assertEquals(Optional.of("Ferry & Fleet"), metadata.title());
        assertEquals(Optional.of("Ferry & Fleet Review"), metadata.outlet());
    }

    @Test
    void theDetectorOverrulesTheLangAttributeWhenSure() {
        String html = "<html lang='en'><head><title>Transbordadores</title></head><body><p>" + SPANISH + "</p></body></html>";
        assertEquals(Optional.of("es"), fromHtml(html, null).language());
    }

    @Test
    void theLangAttributeDecidesWhenTheDetectorIsUnsure() {
        assertEquals(Optional.of("de"), extractor.fromHtml("<html lang='de-AT'><body><p>Hallo</p></body></html>", null, "Hallo", FETCHED).language());
        assertEquals(Optional.of("fr"), extractor.fromHtml("<meta property='og:locale' content='fr_FR'><p>Oui</p>", null, "Oui", FETCHED).language());
        assertEquals(Optional.empty(), extractor.fromHtml("<html lang='x-klingon'><p>Qapla</p></html>", null, "Qapla", FETCHED).language());
    }

    @Test
    void ogUrlStandsInForAMissingCanonicalLink() {
        assertEquals(Optional.of("https://www.northgateherald.example/news/world/a"),
                fromHtml("<meta property='og:url' content='https://www.northgateherald.example/news/world/a'>", null).canonicalUrl());
    }

    @Test
    void aDateInTheMastheadAboveTheHeadlineIsNotThePublicationDate() {
        String html = "<div class='top'>Miércoles, 13 de marzo de 2024</div><h1>The Government formalises the purchase of six ferries</h1>"
                + "<div>Álvaro Medina · Puerto Alba</div><div>12 de marzo de 2024 · 09:15 h</div><p>" + ENGLISH + "</p>";
        PageMetadata metadata = fromHtml(html, null);
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-12T00:00Z")), metadata.publishedAt());
        assertEquals(Optional.of("text"), metadata.publishedAtSource());
    }

    @Test
    void aRelativeDateIsResolvedAgainstTheFetchTime() {
        String html = "<h1>Opinion: the ferry deal</h1><div>Carmen Oliva · Published 3 months ago · 5 min read</div><p>" + ENGLISH + "</p>";
        PageMetadata metadata = fromHtml(html, null);
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-14T00:00Z")), metadata.publishedAt());
        assertEquals(Optional.of("relative"), metadata.publishedAtSource());
        assertEquals(Optional.of("Carmen Oliva"), metadata.author());
    }

    @Test
    void aDatelineInTheBodyIsFound() {
        String html = "<h1>EU money for ferries</h1><div>Katrien De Wolf</div><p>BRUXELLES, 14 mars 2024 – " + ENGLISH + "</p>";
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-14T00:00Z")), fromHtml(html, null).publishedAt());
    }

    @Test
    void emptyAndNullHtmlGiveEmptyMetadataExceptTheHost() {
        PageMetadata metadata = extractor.fromHtml(null, "https://www.harbortimes.example/", null, FETCHED);
        assertEquals(new PageMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("harbortimes.example")), metadata);
    }

    @Test
    void anUnparseableUrlGivesNoHost() {
        assertEquals(Optional.empty(), extractor.fromHtml("<p>x</p>", "ht tp://bad url", "x", FETCHED).outlet());
    }

    @Test
    void pastedTextGivesDateLanguageHeadlineAndByline() {
        String pasted = "Harbor Times\nNews | Sport | Weather\nFerry deal signed in Puerto Alba on Monday\nBy Jane Doe\nPosted 12/03/2024 at 08:05\n\n" + ENGLISH;
        PageMetadata metadata = extractor.fromText(pasted, FETCHED);
        assertEquals(new PageMetadata(Optional.of("Ferry deal signed in Puerto Alba on Monday"), Optional.of("Jane Doe"),
                Optional.of(OffsetDateTime.parse("2024-03-12T00:00Z")), Optional.of("text"), Optional.of("en"), Optional.empty(), Optional.empty()), metadata);
    }

    @Test
    void pastedTextWithARelativeDate() {
        PageMetadata metadata = extractor.fromText("Hace 2 días\n\n" + SPANISH, FETCHED);
        assertEquals(Optional.of(OffsetDateTime.parse("2024-06-12T00:00Z")), metadata.publishedAt());
        assertEquals(Optional.of("relative"), metadata.publishedAtSource());
        assertEquals(Optional.of("es"), metadata.language());
    }

    @Test
    void emptyPastedTextGivesNothing() {
        assertEquals(new PageMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), extractor.fromText(null, FETCHED));
    }
}
