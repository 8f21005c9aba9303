package claimwatch.api.stream;

/** One row of the event table: {@code payload} is its JSON as text. */
public record StoredEvent(long id, String type, String storyId, String payload) {
}
