package claimwatch.extract.money;

import claimwatch.extract.number.Qualifier;
import claimwatch.extract.sentence.Span;

/** An amount of money in a sentence: "more than €300 million" is 3.0E8 EUR, more-than; upper is set for ranges. */
public record Money(String text, Span span, double amount, Double upper, String currency, Qualifier qualifier) {
}
