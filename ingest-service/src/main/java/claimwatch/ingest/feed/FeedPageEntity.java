package claimwatch.ingest.feed;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A page a feed pointed at: fetched once when it worked or was refused, a few times when it failed. */
@Entity
@Table(name = "feed_page")
public class FeedPageEntity {

    @Id
    @Column(name = "canonical_url")
    public String canonicalUrl;
    @Column(name = "feed_id")
    public Long feedId;
    public String outcome;
    public String detail;
    public int attempts;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
