package claimwatch.extract.slot;

/** The match key of one fact in a claim: {@code key} names it, {@code facet} and {@code index} point at its value. */
public record Slot(String key, String facet, int index) {
}
