package claimwatch.api.claim;

/** A claim as the API shows it. */
public record ClaimView(String id, String text, Span span, int sentenceIndex) {

    /** Character offsets in the article text, end exclusive. */
    public record Span(int start, int end) {
    }

    public static ClaimView of(ClaimEntity claim) {
        return new ClaimView(claim.id, claim.text, new Span(claim.spanStart, claim.spanEnd), claim.sentenceIndex);
    }
}
