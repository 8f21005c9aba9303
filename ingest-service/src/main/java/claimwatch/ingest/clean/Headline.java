package claimwatch.ingest.clean;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;


/**
 * Finds a page's headline: its h1 (the one most like the page title when there are several, never the site name),
 * else og:title, else the title element without its site name.
 */
final class Headline {

    private static final int MIN_HEADLINE_WORDS = 2;

    private Headline() {
    }

    static Optional<String> of(Document document, List<String> pageLines) {
        Optional<String> openGraph = content(document, "meta[property=og:title], meta[name=og:title]");
        TitleParts title = TitleParts.of(document.title(), content(document, "meta[property=og:site_name]").stream().toList(), pageLines);
        String site = title.site().map(TextShape::comparable).orElse("");
        String declared = openGraph.orElse(title.headline());
        Optional<String> heading = document.select("h1").stream()
                .map(Element::text)
                .map(TextShape::collapseSpaces)
                .filter(text -> TextShape.words(text) >= MIN_HEADLINE_WORDS && !TextShape.comparable(text).equals(site))
                .max((a, b) -> Double.compare(overlap(a, declared), overlap(b, declared)));
        return heading.or(() -> openGraph).or(() -> Optional.of(TextShape.collapseSpaces(title.headline())).filter(text -> !text.isEmpty()));
    }

    private static Optional<String> content(Document document, String selector) {
        Element meta = document.selectFirst(selector);
        return meta == null || meta.attr("content").isBlank() ? Optional.empty() : Optional.of(TextShape.collapseSpaces(meta.attr("content")));
    }

    /** Share of the heading's words that the declared title also has. */
    private static double overlap(String heading, String declared) {
        Set<String> title = new HashSet<>(List.of(TextShape.comparable(declared).split(" ")));
        String[] words = TextShape.comparable(heading).split(" ");
        long shared = Arrays.stream(words).filter(title::contains).count();
        return (double) shared / Math.max(1, words.length);
    }
}
