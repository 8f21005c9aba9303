package claimwatch.ingest.feed;

/** What a poll needs to know of a feed, read once so the poll runs outside any transaction. */
record FeedSnapshot(long id, String url, String outlet, String etag, String lastModified) {

    static FeedSnapshot of(FeedEntity feed) {
        return new FeedSnapshot(feed.id, feed.url, feed.outlet, feed.etag, feed.lastModified);
    }
}
