package claimwatch.ingest.feed;

import java.util.List;
import java.util.Objects;

/**
 * A parsed feed: its entries in document order (empty for a sitemap index), the child sitemaps of a sitemap index
 * (empty otherwise), and whether entries or child sitemaps beyond the parser's limit were left out.
 */
public record ParsedFeed(FeedKind kind, List<FeedEntry> entries, List<String> childSitemaps, boolean truncated) {

    public ParsedFeed {
        Objects.requireNonNull(kind, "kind");
        entries = List.copyOf(entries);
        childSitemaps = List.copyOf(childSitemaps);
    }
}
