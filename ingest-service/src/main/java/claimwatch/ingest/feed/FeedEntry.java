package claimwatch.ingest.feed;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** One article link from a feed: an absolute http(s) URL, with the title and publication time when the feed gives them. */
public record FeedEntry(String url, Optional<String> title, Optional<OffsetDateTime> publishedAt) {

    public FeedEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
