package claimwatch.extract.claim;

import claimwatch.extract.sentence.Span;

/** A factual assertion an article makes, located by its sentence. */
public record Claim(String id, String text, Span span, int sentenceIndex) {
}
