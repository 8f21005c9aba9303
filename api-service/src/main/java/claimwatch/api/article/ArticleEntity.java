package claimwatch.api.article;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An article in the read model, with the extractor version its claims come from. */
@Entity
@Table(name = "article")
public class ArticleEntity {

    @Id
    public String id;
    public String url;
    public String outlet;
    public String title;
    public String author;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "ingested_at")
    public Instant ingestedAt;
    public String language;
    public String text;
    @Column(name = "duplicate_of")
    public String duplicateOf;
    public String extractor;
    @Column(name = "extractor_version")
    public int extractorVersion;
    @Column(name = "extracted_at")
    public Instant extractedAt;
    @Column(name = "claim_count")
    public int claimCount;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "reported_at", insertable = false, updatable = false)
    public Instant reportedAt;
    @Column(name = "story_id")
    public String storyId;
    @Column(name = "story_score")
    public Float storyScore;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "story_reason", columnDefinition = "jsonb")
    public String storyReason;
}
