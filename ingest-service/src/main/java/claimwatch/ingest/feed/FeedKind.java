package claimwatch.ingest.feed;

/** What a feed document turned out to be, judged by its XML root element rather than its content type. */
public enum FeedKind {
    RSS, ATOM, SITEMAP, NEWS_SITEMAP, SITEMAP_INDEX
}
