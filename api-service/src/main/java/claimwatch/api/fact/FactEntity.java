package claimwatch.api.fact;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A fact of a story as the write path stored it (read side only); {@code body} is the JSON the API serves. */
@Entity
@Table(name = "fact")
public class FactEntity {

    @Id
    public String id;
    @Column(name = "story_id")
    public String storyId;
    public int position;
    public String slot;
    public String status;
    @Column(name = "outlet_count")
    public int outletCount;
    @Column(name = "first_outlet")
    public String firstOutlet;
    @Column(name = "first_article_id")
    public String firstArticleId;
    @Column(name = "first_reported_at")
    public Instant firstReportedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "json")
    public String body;
}
