package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PublicationTimeTest {

    private static final Instant FETCHED = Instant.parse("2024-06-14T10:00:00Z");
    private static final String JSON_LD = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-01T08:00:00+01:00\"}</script>";
    private static final String OPEN_GRAPH = "<meta property='article:published_time' content='2024-03-02T08:00:00+01:00'>";
    private static final String META = "<meta name='dc.date' content='2024-03-03'>";
    private static final String TIME = "<time datetime='2024-03-04T08:00:00+01:00'>4 March</time>";

    private static Optional<PublicationTime> find(String html, String nearby) {
        Document document = Jsoup.parse(html);
        return PublicationTime.find(document, MetaTags.of(document), JsonLd.of(document), nearby, FETCHED);
    }

    @Test
    void jsonLdBeatsEverythingElse() {
        assertEquals(Optional.of(new PublicationTime(OffsetDateTime.parse("2024-03-01T08:00+01:00"), "json-ld")),
                find(JSON_LD + OPEN_GRAPH + META + TIME, "5 March 2024"));
    }

    @Test
    void openGraphComesNext() {
        assertEquals("open-graph", find(OPEN_GRAPH + META + TIME, "5 March 2024").orElseThrow().source());
    }

    @Test
    void thenOtherMetaTags() {
        assertEquals(new PublicationTime(OffsetDateTime.parse("2024-03-03T00:00Z"), "meta"), find(META + TIME, "5 March 2024").orElseThrow());
    }

    @Test
    void thenATimeElement() {
        assertEquals(new PublicationTime(OffsetDateTime.parse("2024-03-04T08:00+01:00"), "time"), find(TIME, "5 March 2024").orElseThrow());
    }

    @Test
    void thenADatePrintedNearTheHeadline() {
        assertEquals(new PublicationTime(OffsetDateTime.parse("2024-03-05T00:00Z"), "text"), find("", "5 March 2024").orElseThrow());
    }

    @Test
    void thenARelativeDateAgainstTheFetchTime() {
        assertEquals(new PublicationTime(OffsetDateTime.parse("2024-03-14T00:00Z"), "relative"), find("", "Published 3 months ago").orElseThrow());
    }

    @Test
    void nothingFoundIsEmpty() {
        assertEquals(Optional.empty(), find("<p>No dates.</p>", "No dates here at all."));
    }

    @Test
    void aTimeElementMarkedAsTheUpdateIsSkipped() {
        String html = "<time class='updated' datetime='2024-03-09T08:00:00Z'>9 March</time><time class='entry-date' datetime='2024-03-08T08:00:00Z'>8 March</time>";
        assertEquals(OffsetDateTime.parse("2024-03-08T08:00Z"), find(html, "").orElseThrow().dateTime());
    }

    @Test
    void aTimeElementMarkedAsThePublicationWinsOverEarlierOnes() {
        String html = "<time datetime='2024-03-09T08:00:00Z'>9 March</time><time itemprop='datePublished' datetime='2024-03-07T08:00:00Z'>7 March</time>";
        assertEquals(OffsetDateTime.parse("2024-03-07T08:00Z"), find(html, "").orElseThrow().dateTime());
    }

    @Test
    void anUnreadableSourceFallsThroughToTheNext() {
        String html = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"soon\"}</script>" + OPEN_GRAPH;
        assertEquals("open-graph", find(html, "").orElseThrow().source());
    }
}
