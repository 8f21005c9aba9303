package claimwatch.ingest.feed;

import java.util.Objects;

/**
 * Parses a fetched feed body into article links: RSS 0.9x/1.0/2.0 and Atom (via Rome), sitemaps, Google News
 * sitemaps and sitemap indexes (via crawler-commons). The kind is read from the XML root element, never from the
 * content type, which is used only for its charset when the document declares none. Never touches the network or
 * the file system: DOCTYPE internal subsets and entity references are refused ({@link GuardedXmlReader}), external
 * DTDs are never fetched ({@link SecureXml}). Returns at most {@code maxEntries} entries (and child sitemaps), with
 * memory bounded by that limit rather than the feed's size. For RSS and Atom the limit counts item and entry elements,
 * so items without a usable link still take a place. Rome parses each kept RSS date with fresh SimpleDateFormats,
 * about 0.05 to 0.1 ms an item, so keep the limit in the hundreds or low thousands. Thread-safe.
 */
public final class FeedParser {

    private final int maxEntries;

    public FeedParser(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /**
     * @param contentType the response's Content-Type header, may be null
     * @param feedUrl     the absolute http(s) URL the body was fetched from; relative links resolve against it
     */
    public ParsedFeed parse(byte[] body, String contentType, String feedUrl) throws FeedParseException {
        Objects.requireNonNull(body, "body");
        EntryUrls urls = EntryUrls.against(feedUrl)
                .orElseThrow(() -> new FeedParseException("feed URL is not an absolute http(s) URL: " + feedUrl));
        String text = FeedText.decode(body, contentType);
        FeedRoot root = FeedRoot.of(text);
        return switch (root.kind()) {
            case RSS, ATOM -> RomeFeedReader.read(text, root.kind(), urls, maxEntries);
            case SITEMAP, NEWS_SITEMAP, SITEMAP_INDEX -> {
                if (root.hasDoctype()) {
                    throw new FeedParseException("refused a sitemap with a DOCTYPE");
                }
                yield SitemapFeedReader.read(text, root.kind(), feedUrl.strip(), urls, maxEntries);
            }
        };
    }
}
