package claimwatch.extract.number;

import claimwatch.extract.sentence.Span;

/** A number in a sentence: where it is (qualifier words included), its value, the upper bound of a range, and how it is qualified. */
public record NumberMention(Span span, double value, Double upper, Qualifier qualifier) {
}
