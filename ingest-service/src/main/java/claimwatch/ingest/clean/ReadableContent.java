package claimwatch.ingest.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** The main content readability4j (a port of Mozilla Readability) finds in a page, as blocks. */
final class ReadableContent {

    // Readability resolves links against the page URL and logs an error with the whole article when it has none.
    // Links are not used here, so a page without a usable URL gets a reserved name (RFC 2606) that never resolves.
    private static final String NO_URL = "https://article.invalid/";

    private ReadableContent() {
    }

    /** Empty when readability finds no article or fails on the page; the caller then uses the page's own blocks. */
    static Optional<List<Block>> of(Document document, String pageUrl) {
        Article article;
        try {
            article = new Readability4J(baseUrl(pageUrl), document).parse();
        } catch (RuntimeException e) {
            // Readability's DOM walk can trip over odd markup; such a page is cleaned from its own blocks instead.
            return Optional.empty();
        }
        Element content = article.getArticleContent();
        return content == null ? Optional.empty() : Optional.of(BlockExtractor.blocks(content));
    }

    static String baseUrl(String pageUrl) {
        if (pageUrl == null) {
            return NO_URL;
        }
        try {
            URI uri = new URI(pageUrl.strip());
            return uri.isAbsolute() && uri.getHost() != null ? uri.toString() : NO_URL;
        } catch (URISyntaxException e) {
            return NO_URL;
        }
    }
}
