package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Word-level precision and recall of the cleaner against hand-cleaned text, per page and micro-averaged, next to
 * readability4j's own output (its title plus its text, before any post-processing) and to the cleaner run without
 * readability4j. The samples are the team's gold set; the own pages are extra site styles written for this cleaner.
 */
class CleaningQualityTest {

    // Floors just under what the cleaner reaches (1.000 and 1.000 on both sets when this was written).
    private static final double SAMPLES_MIN_PRECISION = 0.99;
    private static final double SAMPLES_MIN_RECALL = 0.99;
    private static final double OWN_PAGES_MIN_PRECISION = 0.98;
    private static final double OWN_PAGES_MIN_RECALL = 0.98;
    private static final double PAGE_MIN = 0.95;

    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void samplesAreCleanedCloseToTheirGold() {
        assertEquals(12, Samples.articlePages().size(), "samples/articles should hold the 12 gold pages");
        Totals totals = measure("samples/articles (team gold set)", Samples.articlePages());
        assertTrue(totals.cleaner.precision() >= SAMPLES_MIN_PRECISION, "precision " + totals.cleaner.precision());
        assertTrue(totals.cleaner.recall() >= SAMPLES_MIN_RECALL, "recall " + totals.cleaner.recall());
        totals.assertEveryPageAbove(PAGE_MIN);
        assertTrue(totals.cleaner.precision() > totals.raw.precision(), "post-processing should beat raw readability4j");
        assertTrue(totals.cleaner.recall() >= totals.raw.recall() - 0.01, "post-processing should not lose what readability4j found");
    }

    @Test
    void ownPagesInOtherStylesAreCleanedCloseToTheirGold() {
        Totals totals = measure("src/test/resources/clean (own pages, other site styles)", Samples.ownPages());
        assertTrue(totals.cleaner.precision() >= OWN_PAGES_MIN_PRECISION, "precision " + totals.cleaner.precision());
        assertTrue(totals.cleaner.recall() >= OWN_PAGES_MIN_RECALL, "recall " + totals.cleaner.recall());
        totals.assertEveryPageAbove(PAGE_MIN);
    }

    private Totals measure(String title, List<Path> pages) {
        Totals totals = new Totals();
        System.out.println();
        System.out.println("Cleaning quality: " + title);
        System.out.printf(Locale.ROOT, "%-52s %5s | %-13s | %-13s | %-13s%n", "page", "gold", "readability4j", "no readab.", "ArticleCleaner");
        System.out.printf(Locale.ROOT, "%-52s %5s | %6s %6s | %6s %6s | %6s %6s%n", "", "words", "P", "R", "P", "R", "P", "R");
        for (Path page : pages) {
            String html = Samples.read(page);
            String gold = Samples.read(Samples.goldFor(page));
            WordOverlap raw = WordOverlap.of(rawReadability(html), gold);
            WordOverlap alone = WordOverlap.of(cleaner.cleanWithoutReadability(html, null).text(), gold);
            WordOverlap mine = WordOverlap.of(cleaner.clean(html, null).text(), gold);
            totals.add(page, raw, alone, mine);
            System.out.printf(Locale.ROOT, "%-52s %5d | %6.3f %6.3f | %6.3f %6.3f | %6.3f %6.3f%n", shorten(page), mine.gold(),
                    raw.precision(), raw.recall(), alone.precision(), alone.recall(), mine.precision(), mine.recall());
        }
        System.out.printf(Locale.ROOT, "%-52s %5d | %6.3f %6.3f | %6.3f %6.3f | %6.3f %6.3f%n", "TOTAL (micro-averaged)", totals.cleaner.gold(),
                totals.raw.precision(), totals.raw.recall(), totals.alone.precision(), totals.alone.recall(),
                totals.cleaner.precision(), totals.cleaner.recall());
        return totals;
    }

    /** What readability4j gives on the untouched page: its title and the text of its article, nothing removed. */
    static String rawReadability(String html) {
        Article article = new Readability4J(ReadableContent.baseUrl(null), html).parse();
        String title = article.getTitle() == null ? "" : article.getTitle();
        String text = article.getTextContent() == null ? "" : article.getTextContent();
        return title + "\n\n" + text;
    }

    private static String shorten(Path page) {
        String name = page.getFileName().toString();
        return name.length() <= 52 ? name : name.substring(0, 49) + "...";
    }

    private static final class Totals {
        private WordOverlap raw = WordOverlap.NONE;
        private WordOverlap alone = WordOverlap.NONE;
        private WordOverlap cleaner = WordOverlap.NONE;
        private final List<String> weakPages = new ArrayList<>();

        void add(Path page, WordOverlap rawPage, WordOverlap alonePage, WordOverlap cleanerPage) {
            raw = raw.plus(rawPage);
            alone = alone.plus(alonePage);
            cleaner = cleaner.plus(cleanerPage);
            if (cleanerPage.precision() < PAGE_MIN || cleanerPage.recall() < PAGE_MIN) {
                weakPages.add(page.getFileName() + " P=" + cleanerPage.precision() + " R=" + cleanerPage.recall());
            }
        }

        void assertEveryPageAbove(double floor) {
            assertTrue(weakPages.isEmpty(), "pages below " + floor + ": " + weakPages);
        }
    }
}
