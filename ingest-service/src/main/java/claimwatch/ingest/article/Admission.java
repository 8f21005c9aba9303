package claimwatch.ingest.article;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What became of an article offered to ingest: accepted (perhaps as a near-duplicate) or already known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Admission(String id, Status status, String duplicateOf) {

    /** accepted: published; duplicate: the same article was accepted before and is not published again. */
    public enum Status {
        accepted, duplicate
    }

    static Admission accepted(String id, String duplicateOf) {
        return new Admission(id, Status.accepted, duplicateOf);
    }

    static Admission duplicate(String id) {
        return new Admission(id, Status.duplicate, null);
    }
}
