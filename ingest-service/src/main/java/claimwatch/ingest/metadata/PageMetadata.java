package claimwatch.ingest.metadata;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What a page says about itself: title, author, publication time, language, canonical URL and outlet.
 *
 * @param publishedAtSource where the time came from: "json-ld", "open-graph", "meta", "time", "text" or "relative"
 * @param language an ISO 639-1 code
 */
public record PageMetadata(
        Optional<String> title,
        Optional<String> author,
        Optional<OffsetDateTime> publishedAt,
        Optional<String> publishedAtSource,
        Optional<String> language,
        Optional<String> canonicalUrl,
        Optional<String> outlet) {
}
