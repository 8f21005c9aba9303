package claimwatch.api.fact;

/** A stored fact or conflict body with its position in the story, which is also its page key. */
public record StoredBody(int position, String id, String body) {
}
