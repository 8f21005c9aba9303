package claimwatch.extract.sentence;

/** A sentence of an article with its character offsets in the article text (end exclusive). */
public record Sentence(int index, String text, int start, int end) {
}
