package claimwatch.extract.claim;

/** A factual assertion an article makes, located by its sentence. */
public record Claim(String id, String text, Span span, int sentenceIndex) {

    /** Character offsets in the article text, end exclusive. */
    public record Span(int start, int end) {
    }
}
