package claimwatch.api.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named person, organisation, place or product across all articles (read side only). */
@Entity(name = "NamedEntity")
@Table(name = "entity")
public class EntityEntity {

    @Id
    public String id;
    public String canonical;
    public String type;
    @Column(name = "article_count")
    public int articleCount;
    @Column(name = "claim_count")
    public int claimCount;
    @Column(name = "first_seen")
    public Instant firstSeen;
    @Column(name = "last_seen")
    public Instant lastSeen;
}
