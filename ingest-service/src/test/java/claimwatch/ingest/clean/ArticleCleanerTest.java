package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    private static final String P1 = "The regional government of Valderra on Monday signed a contract for six new ferries.";
    private static final String P2 = "The contract must still be ratified by the regional parliament, where a vote is expected in April.";

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void headlineComesFirstThenParagraphsSeparatedByBlankLines() {
        CleanedPage page = cleaner.clean(page("<title>Ferry deal | Site</title>", "<article><h1>Ferry deal signed</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"), null);
        assertEquals("Ferry deal signed\n\n" + P1 + "\n\n" + P2, page.text());
        assertEquals(Optional.of("Ferry deal signed"), page.title());
    }

    @Test
    void furnitureAroundAndInsideTheArticleGoes() {
        String html = page("<title>Ferry deal signed | Harbor Times</title>",
                "<div class='cookie-banner'>We use cookies to improve your experience. Accept all</div>"
                        + "<header><a href='/'>Harbor Times</a><ul><li>EN</li><li>FR</li></ul></header>"
                        + "<article><h1>Ferry deal signed</h1><p>By Jane Doe, Trade Correspondent</p><p>Published 3 months ago</p>"
                        + "<div>Listen to this article</div><div>A- A A+</div><p>" + P1 + "</p><p>Photo: Port agency</p>"
                        + "<p>Advertisement</p><p>" + P2 + "</p><h4>Sources</h4><p>Port agency press release.</p></article>"
                        + "<footer>© 2024 Harbor Times. All rights reserved.</footer>");
        assertEquals("Ferry deal signed\n\n" + P1 + "\n\n" + P2, cleaner.clean(html, "https://www.harbortimes.example/ferry").text());
    }

    @Test
    void aPageWithoutTitleOrH1HasNoHeadline() {
        CleanedPage page = cleaner.clean("<body><p>" + P1 + "</p><p>" + P2 + "</p></body>", null);
        assertEquals(P1 + "\n\n" + P2, page.text());
        assertEquals(Optional.empty(), page.title());
    }

    @Test
    void aPageReadabilityFindsNothingInIsCleanedFromItsOwnBlocks() {
        assertEquals("Only a div with 3 words", cleaner.clean("<body><div>Only a div with 3 words</div></body>", null).text());
    }

    @Test
    void shortTextWithoutProseIsKept() {
        String html = page("<title>Ferry deal signed</title>", "<nav>Home | World</nav><article><h1>Ferry deal signed</h1>"
                + "<p>The contract is worth €430 million.</p></article><footer>© Harbor Times</footer>");
        assertEquals("Ferry deal signed\n\nThe contract is worth €430 million.", cleaner.clean(html, null).text());
    }

    @Test
    void emptyAndNullPagesGiveEmptyText() {
        assertEquals(new CleanedPage("", Optional.empty()), cleaner.clean("", null));
        assertEquals(new CleanedPage("", Optional.empty()), cleaner.clean(null, null));
        assertEquals("", cleaner.clean("<html><script>x()</script></html>", "https://a.example/").text());
    }

    @Test
    void brokenMarkupIsCleanedToo() {
        String html = "<html><body><div class='wrapper'><h1>Ferry fury over the deal</h1><ul><li>Bullet one<li>Bullet two</ul>"
                + "<p>" + P1 + "<p>" + P2 + "<div class='kx-more'><h3>MORE FROM US</h3><a href='/x'>Cat makes crossings</a>";
        assertEquals("Ferry fury over the deal\n\n" + P1 + "\n\n" + P2, cleaner.clean(html, null).text());
    }

    @Test
    void numericEntitiesDecode() {
        String html = page("", "<h1>Navieras P&#250;blicas de Valderra</h1><p>La C&#225;mara de Cuentas public&#243; un informe de unas 600 p&#225;ginas el martes.</p>");
        assertEquals("Navieras Públicas de Valderra\n\nLa Cámara de Cuentas publicó un informe de unas 600 páginas el martes.", cleaner.clean(html, null).text());
    }

    @Test
    void theHeadlineIsNotRepeatedWhenReadabilityKeepsTheH1() {
        String text = cleaner.clean(page("", "<article><header><h1>Ferry deal signed</h1></header><div><p>" + P1 + "</p><p>" + P2 + "</p></div></article>"), null).text();
        assertEquals(1, text.split("Ferry deal signed", -1).length - 1);
    }

    @Test
    void withoutReadabilityTheSameRulesApply() {
        String html = page("<title>Ferry deal signed</title>", "<h1>Ferry deal signed</h1><p>Share: Facebook X</p><p>" + P1 + "</p><p>Most read</p><ul><li><a href='/a'>Other story</a></li></ul>");
        assertEquals("Ferry deal signed\n\n" + P1, cleaner.cleanWithoutReadability(html, null).text());
    }

    @Test
    void readabilitysChoiceStandsUnlessItHoldsUnderAQuarterOfThePageProse() {
        Block prose = Block.line(P1);
        List<Block> page = List.of(prose, prose, prose, prose, prose, prose, prose, prose);
        assertEquals(List.of(prose, prose), ArticleCleaner.choose(Optional.of(List.of(prose, prose)), page));
        assertEquals(page, ArticleCleaner.choose(Optional.of(List.of(prose)), page));
        assertEquals(page, ArticleCleaner.choose(Optional.of(List.of()), page));
        assertEquals(page, ArticleCleaner.choose(Optional.empty(), page));
    }

    @Test
    void aLongCommentThreadUnderAShortArticleDoesNotLeakOnEitherPath() {
        String comment = "<div class='response'><p>" + "I have lived on the harbour road for thirty years and this is the worst decision yet. ".repeat(3) + "</p></div>";
        String html = page("<title>Bus lanes approved - Bayside Echo</title>", "<div class='post'><h1>Bus lanes approved</h1><div class='post-body'><p>" + P1
                + "</p><p>" + P2 + "</p></div></div><div class='discussion'><h3>12 responses</h3>" + comment.repeat(4) + "</div>");
        assertEquals("Bus lanes approved\n\n" + P1 + "\n\n" + P2, cleaner.clean(html, null).text());
        assertEquals("Bus lanes approved\n\n" + P1 + "\n\n" + P2, cleaner.cleanWithoutReadability(html, null).text());
    }

    @Test
    void relatedStoryCardsMarkedUpAsArticlesDoNotLeak() {
        String card = "<article class='card'><h3><a href='/a'>Ferry operator orders two new ships</a></h3><p>The company said the vessels would enter service in 2026 and carry 800 passengers.</p></article>";
        String html = page("<title>Port strike ends | Coastal Daily</title>", "<main><article><h1>Port strike ends</h1><p>" + P1 + "</p><p>" + P2
                + "</p></article><section class='more'><h2>More from Coastal Daily</h2>" + card.repeat(3) + "</section></main>");
        assertEquals("Port strike ends\n\n" + P1 + "\n\n" + P2, cleaner.clean(html, null).text());
    }

    @Test
    void everySampleStartsWithItsGoldHeadline() {
        for (Path page : Samples.articlePages()) {
            String goldHeadline = Samples.read(Samples.goldFor(page)).lines().findFirst().orElseThrow();
            CleanedPage cleaned = cleaner.clean(Samples.read(page), null);
            assertEquals(Optional.of(goldHeadline), cleaned.title(), page.toString());
            assertTrue(cleaned.text().startsWith(goldHeadline + "\n\n"), page.toString());
        }
    }

    @Test
    void noSampleOutputLineIsFurniture() {
        for (Path page : Samples.articlePages()) {
            List<String> furniture = List.of(cleaner.clean(Samples.read(page), null).text().split("\n\n")).stream()
                    .filter(BoilerplateFilter::isFurniture)
                    .toList();
            assertEquals(List.of(), furniture, page.toString());
        }
    }

    @Test
    void samplePageJunkIsGone() {
        for (Path page : Samples.articlePages()) {
            String text = cleaner.clean(Samples.read(page), null).text();
            for (String junk : List.of("A- A A+", "Listen to this article", "Accept all", "Sign up", "All rights reserved", "EN | FR", "Photo:", "Most read")) {
                assertFalse(text.contains(junk), page + " still has " + junk);
            }
        }
    }

    @Test
    void thePageUrlIsOptionalAndDoesNotChangeTheText() {
        for (Path page : Samples.articlePages().subList(0, 3)) {
            String html = Samples.read(page);
            assertEquals(cleaner.clean(html, null), cleaner.clean(html, "https://www.example.org/path/page.html"));
        }
    }
}
