package claimwatch.extract.quantity;

import java.util.Map;
import java.util.Optional;

import claimwatch.extract.number.FunctionWords;
import claimwatch.extract.number.Qualifier;
import claimwatch.extract.number.QualifierPhrase;
import claimwatch.extract.number.Qualifiers;
import claimwatch.extract.number.Tokens;
import claimwatch.extract.number.Units;
import claimwatch.extract.sentence.Span;

/** Fractions of a whole in words, as percentages: "nearly a quarter" is about 25 percent. */
final class FractionPercents {

    private static final Map<String, Double> FRACTIONS = Map.of("quarter", 25.0, "fifth", 20.0, "tenth", 10.0);

    private FractionPercents() {
    }

    /** The fraction that starts at token i ("a quarter"), with any qualifier before it. */
    static Optional<Quantity> at(Tokens tokens, int i) {
        if (!tokens.is(i, "a") || !tokens.isWord(i + 1) || !FRACTIONS.containsKey(tokens.lower(i + 1))) {
            return Optional.empty();
        }
        double share = FRACTIONS.get(tokens.lower(i + 1));
        int end = i + 2;
        // "a quarter-final", "a quarter of an hour", "a fifth term": not a share of something.
        if (tokens.isDash(end) && tokens.attached(end) || tokens.is(end, "of") && tokens.is(end + 1, "an")
                || tokens.is(end, "of") && tokens.is(end + 1, "a")
                || tokens.isWord(end) && !FunctionWords.isStop(tokens.lower(end))) {
            return Optional.empty();
        }
        Optional<QualifierPhrase> qualifier = Qualifiers.before(tokens, i);
        int start = qualifier.map(QualifierPhrase::start).orElse(i);
        String key = ContextKey.after(tokens, end, true);
        if (key == null) {
            key = SubjectKey.before(tokens, start);
        }
        Span span = new Span(tokens.start(start), tokens.end(end - 1));
        return Optional.of(new Quantity(span.of(tokens.text()), span, share, null, Units.PERCENT, null, key,
                qualifier.map(QualifierPhrase::qualifier).orElse(Qualifier.EXACT)));
    }
}
