package claimwatch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML page into its readable text: drops scripts, navigation, headers, footers, asides, figures and forms,
 * then keeps headings, paragraphs, list items and quotes as paragraphs. A first cleaner; boilerplate inside the
 * article body (captions, share buttons) is left for the readability-based cleaner.
 */
public final class HtmlCleaner {

    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, figure, figcaption, form, button, iframe, svg";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    public CleanedPage clean(String html) {
        Document document = Jsoup.parse(html);
        Element body = document.body();
        body.select(NOISE).remove();
        Element root = Optional.ofNullable(body.selectFirst("article")).orElse(body);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (block.parents().stream().anyMatch(parent -> parent.is(BLOCKS))) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String text = root.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return new CleanedPage(String.join("\n\n", paragraphs), title(document));
    }

    private static Optional<String> title(Document document) {
        Element openGraph = document.selectFirst("meta[property=og:title]");
        if (openGraph != null && !openGraph.attr("content").isBlank()) {
            return Optional.of(openGraph.attr("content").strip());
        }
        return Optional.of(document.title().strip()).filter(title -> !title.isEmpty());
    }
}
