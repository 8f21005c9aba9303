package claimwatch.ingest.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An article ingest has accepted, kept to recognise it when it comes again. */
@Entity
@Table(name = "article")
public class ArticleEntity {

    @Id
    public String id;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "canonical_url")
    public String canonicalUrl;
    public long fingerprint;
    public String outlet;
    @Column(name = "duplicate_of")
    public String duplicateOf;
    @Column(name = "feed_id")
    public Long feedId;
    @Column(name = "ingested_at")
    public Instant ingestedAt;
}
