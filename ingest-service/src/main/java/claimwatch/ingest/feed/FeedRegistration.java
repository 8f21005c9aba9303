package claimwatch.ingest.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed to follow: an RSS or Atom feed, a sitemap, a news sitemap or a sitemap index. */
@Schema(example = "{\"url\": \"https://www.harbortimes.example/rss/business.xml\", \"outlet\": \"Harbor Times\", \"pollIntervalSeconds\": 600}")
public record FeedRegistration(
        @Schema(description = "http or https URL of the feed or sitemap") String url,
        @Schema(description = "Outlet name given to its articles when their pages do not name one") String outlet,
        @Schema(description = "Seconds between polls; default ingest.feeds.default-poll-interval") Integer pollIntervalSeconds) {
}
