package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorsTest {

    private static final Instant NOW = Instant.parse("2024-06-14T10:00:00Z");

    private static Optional<String> author(String html, List<String> nearby) {
        Document document = Jsoup.parse(html);
        return Authors.find(document, MetaTags.of(document), JsonLd.of(document), nearby, NOW);
    }

    @Test
    void jsonLdAuthorsComeFirstAndAreJoined() {
        String html = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"Claire Dubois\"},{\"name\":\"Marc Léger\"}]}</script>"
                + "<meta name='author' content='Someone Else'>";
        assertEquals(Optional.of("Claire Dubois and Marc Léger"), author(html, List.of("By Third Person")));
    }

    @Test
    void thenTheAuthorMetaTagButNotAProfileUrl() {
        assertEquals(Optional.of("Anna Krüger"), author("<meta name='author' content='Anna Krüger'>", List.of()));
        assertEquals(Optional.of("Tom Hadley"), author("<meta property='article:author' content='https://x.example/tom'>", List.of("Words by Tom Hadley")));
    }

    @Test
    void thenABylineNearTheHeadline() {
        assertEquals(Optional.of("Tom Whitcombe and Sofia Reyes"),
                author("<p>by Tom Whitcombe and Sofia Reyes</p>", List.of("by Tom Whitcombe and Sofia Reyes 14 March 2024")));
    }

    @Test
    void thenANameBesideTheDateOnAMetaLine() {
        assertEquals(Optional.of("Carmen Oliva"), author("", List.of("Carmen Oliva · Published 3 months ago · 5 min read")));
        assertEquals(Optional.empty(), author("", List.of("Álvaro Medina · Puerto Alba")));
    }

    @Test
    void thenAnElementNamedAsTheAuthor() {
        assertEquals(Optional.of("Álvaro Medina"), author("<span class='autor'>Álvaro Medina</span>", List.of()));
        assertEquals(Optional.of("Katrien De Wolf"), author("<div class='eto-by'>Katrien De Wolf</div>", List.of()));
        assertEquals(Optional.of("Jane Doe"), author("<a rel='author' href='/jane'>By Jane Doe</a>", List.of()));
        assertEquals(Optional.of("Jane Doe"), author("<span itemprop='author'>Jane Doe</span>", List.of()));
    }

    @Test
    void anAuthorBoxHoldingASentenceIsNoName() {
        assertEquals(Optional.empty(), author("<div class='author-bio'>Tom Hadley is a contributing writer at Coastline Quarterly.</div>", List.of()));
    }

    @Test
    void aPageWithoutAuthorHasNone() {
        assertEquals(Optional.empty(), author("<p>Text.</p>", List.of("Text.")));
    }

    @Test
    void namesAreJoinedTheEnglishWay() {
        assertEquals("A", Authors.join(List.of("A")));
        assertEquals("A and B", Authors.join(List.of("A", "B")));
        assertEquals("A, B and C", Authors.join(List.of("A", "B", "C")));
    }
}
