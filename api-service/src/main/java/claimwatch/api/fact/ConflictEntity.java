package claimwatch.api.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A conflict of a story as the write path stored it (read side only); {@code body} is the JSON the API serves. */
@Entity
@Table(name = "conflict")
public class ConflictEntity {

    @Id
    public String id;
    @Column(name = "story_id")
    public String storyId;
    public int position;
    public String slot;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "json")
    public String body;
}
