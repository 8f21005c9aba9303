package claimwatch.ingest.feed;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The kind of a feed read off its root element, reading no further than that element: rss or rdf:RDF is RSS, feed
 * is Atom, urlset is a sitemap (a news sitemap when it declares the Google News namespace), sitemapindex an index.
 */
record FeedRoot(FeedKind kind, boolean hasDoctype) {

    static final String RDF_NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final Pattern PARSE_ERROR = Pattern.compile("(?s)ParseError at \\[row,col]:\\[(\\d+),(\\d+)]\\s*Message:\\s*(.*)");

    static FeedRoot of(String text) throws FeedParseException {
        if (Prolog.of(text).hasInternalSubset()) {
            throw new FeedParseException("refused a DOCTYPE with an internal subset (entity declarations are not allowed in feeds)");
        }
        try {
            GuardedXmlReader reader = new GuardedXmlReader(SecureXml.open(text), Integer.MAX_VALUE);
            try {
                int event = reader.getEventType();
                while (event != XMLStreamConstants.START_ELEMENT) {
                    if (!reader.hasNext()) {
                        throw new FeedParseException("XML document has no root element");
                    }
                    event = reader.next();
                }
                if (!isFeedRoot(reader) && looksLikeHtml(text)) {
                    throw new FeedParseException("body is an HTML page, not a feed");
                }
                return new FeedRoot(kind(reader), reader.sawDoctype());
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            if (looksLikeHtml(text)) {
                throw new FeedParseException("body is an HTML page, not a feed", e);
            }
            throw notWellFormed(e);
        }
    }

    static FeedParseException notWellFormed(Throwable thrown) {
        RefusedXmlException refused = RefusedXmlException.findIn(thrown);
        if (refused != null) {
            return new FeedParseException(refused.getMessage(), thrown);
        }
        String message = String.valueOf(thrown.getMessage());
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof XMLStreamException) {
                message = String.valueOf(cause.getMessage());
            }
        }
        Matcher located = PARSE_ERROR.matcher(message);
        String reason = located.matches()
                ? "line " + located.group(1) + ", column " + located.group(2) + ": " + located.group(3).strip()
                : message.strip();
        return new FeedParseException("not well-formed XML: " + reason, thrown);
    }

    private static FeedKind kind(XMLStreamReader root) throws FeedParseException {
        String name = root.getLocalName();
        switch (name) {
            case "rss":
                return FeedKind.RSS;
            case "RDF":
                if (RDF_NAMESPACE.equals(root.getNamespaceURI())) {
                    return FeedKind.RSS;
                }
                break;
            case "feed":
                return FeedKind.ATOM;
            case "urlset":
                return declaresNewsNamespace(root) ? FeedKind.NEWS_SITEMAP : FeedKind.SITEMAP;
            case "sitemapindex":
                return FeedKind.SITEMAP_INDEX;
            default:
                break;
        }
        throw new FeedParseException("unsupported XML document: root element <" + name + ">");
    }

    private static boolean isFeedRoot(XMLStreamReader root) {
        return switch (root.getLocalName()) {
            case "rss", "RDF", "feed", "urlset", "sitemapindex" -> true;
            default -> false;
        };
    }

    private static boolean declaresNewsNamespace(XMLStreamReader root) {
        for (int i = 0; i < root.getNamespaceCount(); i++) {
            if (NEWS_NAMESPACE.equals(root.getNamespaceURI(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 300)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.contains("<html");
    }
}
