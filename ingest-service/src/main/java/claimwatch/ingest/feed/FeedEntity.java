package claimwatch.ingest.feed;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A feed or sitemap the poller follows, with how its last poll went and its running counts. */
@Entity
@Table(name = "feed")
public class FeedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String url;
    public String outlet;
    @Column(name = "poll_interval_s")
    public int pollIntervalSeconds;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "next_poll_at")
    public Instant nextPollAt;
    @Column(name = "last_polled_at")
    public Instant lastPolledAt;
    @Column(name = "last_outcome")
    public String lastOutcome;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "consecutive_failures")
    public int consecutiveFailures;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    public long polls;
    @Column(name = "entries_seen")
    public long entriesSeen;
    @Column(name = "articles_published")
    public long articlesPublished;
    public long duplicates;
    @Column(name = "page_failures")
    public long pageFailures;
}
