package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    private static Optional<String> headline(String html) {
        Document document = Jsoup.parse(html);
        return Headline.of(document, PageText.lines(document.body()));
    }

    @Test
    void theH1IsTheHeadline() {
        assertEquals(Optional.of("Full headline as printed on the page"),
                headline("<title>Short | Site</title><meta property='og:title' content='Full headline'><h1>Full headline as printed on the page</h1>"));
    }

    @Test
    void ofSeveralH1sTheOneLikeTheTitleWins() {
        assertEquals(Optional.of("Ferry deal signed in Puerto Alba"),
                headline("<title>Ferry deal signed in Puerto Alba | Harbor Times</title><h1>Harbor Times</h1><h1>Ferry deal signed in Puerto Alba</h1>"));
    }

    @Test
    void anH1HoldingTheSiteNameIsNoHeadline() {
        assertEquals(Optional.of("Ferry deal signed"), headline("<title>Ferry deal signed | Harbor Times</title><h1>Harbor Times</h1>"));
    }

    @Test
    void aOneWordH1IsSkipped() {
        assertEquals(Optional.of("Ferry deal signed"), headline("<title>Ferry deal signed - Harbor Times</title><h1>Logo</h1>"));
    }

    @Test
    void withoutH1OpenGraphIsUsed() {
        assertEquals(Optional.of("Open Graph headline"), headline("<title>Other | Site</title><meta property='og:title' content='Open Graph headline'>"));
    }

    @Test
    void withoutH1OrOpenGraphTheTitleLosesItsSiteName() {
        assertEquals(Optional.of("Council approves dredging of north channel"),
                headline("<title>The Harbor Crier - Council approves dredging of north channel</title><b>Council approves dredging of north channel</b>"));
    }

    @Test
    void aPageWithNoTitleAtAllHasNoHeadline() {
        assertEquals(Optional.empty(), headline("<p>Just a paragraph.</p>"));
    }

    @Test
    void pageLinesAreOnlyHints() {
        Document document = Jsoup.parse("<title>Site - A headline with many words in it</title>");
        assertEquals(Optional.of("A headline with many words in it"), Headline.of(document, List.of()));
    }
}
