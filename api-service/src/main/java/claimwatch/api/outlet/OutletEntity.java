package claimwatch.api.outlet;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Per-outlet figures the write path keeps current (read side only). */
@Entity
@Table(name = "outlet")
public class OutletEntity {

    @Id
    public String name;
    @Column(name = "article_count")
    public int articleCount;
    @Column(name = "claim_count")
    public int claimCount;
    @Column(name = "story_count")
    public int storyCount;
    @Column(name = "first_count")
    public int firstCount;
    @Column(name = "alone_count")
    public int aloneCount;
    @Column(name = "first_seen")
    public Instant firstSeen;
    @Column(name = "last_seen")
    public Instant lastSeen;
}
