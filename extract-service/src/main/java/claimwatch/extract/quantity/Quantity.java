package claimwatch.extract.quantity;

import claimwatch.extract.number.Qualifier;
import claimwatch.extract.sentence.Span;

/**
 * A count or measure in a sentence: "41 K9 self-propelled howitzers" is 41 of item "K9 self-propelled howitzers" with
 * key "k9"; "a 23% rise in costs" is 23 percent with key "cost". Unit is the canonical singular unit or null; upper is
 * set for ranges.
 */
public record Quantity(String text, Span span, double value, Double upper, String unit, String item, String key,
        Qualifier qualifier) {
}
