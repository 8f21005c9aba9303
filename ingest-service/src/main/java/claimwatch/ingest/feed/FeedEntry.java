package claimwatch.ingest.feed;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One article link from a feed: an absolute http(s) URL as the feed wrote it (resolved, not canonicalised), with the
 * title and publication time when the feed gives them. Times from RSS, Atom and sitemap lastmod are in UTC because
 * Rome and crawler-commons keep only the instant; news sitemap publication dates keep their own offset.
 */
public record FeedEntry(String url, Optional<String> title, Optional<OffsetDateTime> publishedAt) {

    public FeedEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
