package claimwatch.ingest.problem;

/** One request field at fault and what is wrong with it. */
public record FieldError(String field, String message) {
}
