package claimwatch.api.story;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A story as the write path keeps it (read side only); {@code topEntities} is stored JSON, served as it is. */
@Entity
@Table(name = "story")
public class StoryEntity {

    @Id
    public String id;
    public String title;
    @Column(name = "article_count")
    public int articleCount;
    @Column(name = "outlet_count")
    public int outletCount;
    @Column(name = "fact_count")
    public int factCount;
    @Column(name = "conflict_count")
    public int conflictCount;
    @Column(name = "first_seen")
    public Instant firstSeen;
    @Column(name = "last_seen")
    public Instant lastSeen;
    @Column(name = "last_activity")
    public Instant lastActivity;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "top_entities", columnDefinition = "jsonb")
    public String topEntities;
    @Column(name = "merged_into")
    public String mergedInto;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
