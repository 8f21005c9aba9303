package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

    private final HtmlCleaner cleaner = new HtmlCleaner();

    @Test
    void keepsArticleParagraphsAndDropsPageFurniture() {
        String html = """
                <html><head><title>Site | Story</title><meta property="og:title" content="Story"><script>track()</script></head>
                <body><header><a href="/">Home</a> EN | FR | DE</header><nav><ul><li>World</li><li>Business</li></ul></nav>
                <article><h1>Story</h1><p>First <b>paragraph</b> with 41 ships.</p>
                <figure><img alt="logo"><figcaption>Photo: Port agency</figcaption></figure>
                <p>Second paragraph.</p><ul><li>A listed point.</li></ul></article>
                <aside><h3>Related</h3><p>Other story</p></aside><footer>Cookies</footer></body></html>""";
        CleanedPage page = cleaner.clean(html);
        assertEquals("Story\n\nFirst paragraph with 41 ships.\n\nSecond paragraph.\n\nA listed point.", page.text());
        assertEquals(Optional.of("Story"), page.title());
    }

    @Test
    void nestedBlocksAreNotRepeated() {
        CleanedPage page = cleaner.clean("<body><blockquote><p>Quoted words.</p></blockquote></body>");
        assertEquals("Quoted words.", page.text());
    }

    @Test
    void pageWithoutBlocksFallsBackToItsText() {
        CleanedPage page = cleaner.clean("<body><div>Only a div with 3 words</div></body>");
        assertEquals("Only a div with 3 words", page.text());
        assertTrue(page.title().isEmpty());
    }

    @Test
    void brokenHtmlStillYieldsText() {
        CleanedPage page = cleaner.clean("<html><body><p>Unclosed paragraph<p>Another <b>bold");
        assertEquals("Unclosed paragraph\n\nAnother bold", page.text());
    }
}
