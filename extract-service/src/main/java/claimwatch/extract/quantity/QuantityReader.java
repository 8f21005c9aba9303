package claimwatch.extract.quantity;

import java.util.Optional;
import java.util.Set;

import claimwatch.extract.number.Inflection;
import claimwatch.extract.number.NumberMatch;
import claimwatch.extract.number.Qualifier;
import claimwatch.extract.number.Tokens;
import claimwatch.extract.number.UnitMatch;
import claimwatch.extract.number.Units;
import claimwatch.extract.sentence.Span;

/** Reads the quantity around one number: an age, a multiple, a measure with its unit, or a count with its item. */
final class QuantityReader {

    // "a 20-strong crew", "a 10-fold rise": the hyphenated word describes the number, it is not counted.
    private static final Set<String> COMPOUND_ADJECTIVES = Set.of("strong", "long", "high", "wide", "tall", "deep",
            "odd", "plus", "fold", "off");
    // "two-thirds", "twenty-first": fractions and ordinals are not counts.
    private static final Set<String> FRACTIONS_AND_ORDINALS = Set.of("half", "halves", "third", "thirds", "quarter",
            "quarters", "fifth", "fifths", "tenth", "tenths", "first", "second", "fourth", "sixth", "seventh",
            "eighth", "ninth");
    private static final Set<String> MULTIPLIERS = Set.of("twice", "thrice", "double", "doubled", "doubles",
            "doubling", "triple", "tripled", "triples", "tripling", "quadrupled");
    // "three times as many", "twice the size": a multiple; "three times" alone counts occasions.
    private static final Set<String> COMPARISONS = Set.of("as", "more", "less", "fewer", "the", "that", "what", "its",
            "their", "bigger", "larger", "higher", "greater", "faster", "lower", "smaller", "over");

    private QuantityReader() {
    }

    static Optional<Quantity> read(Tokens tokens, NumberMatch number) {
        if (Ages.isAge(tokens, number)) {
            return Optional.of(quantity(tokens, number, number.end(), Ages.UNIT, null, Ages.KEY));
        }
        if (number.spelledOut() && MULTIPLIERS.contains(tokens.lower(number.numberStart()))) {
            return Optional.of(multiple(tokens, number));
        }
        Optional<UnitMatch> unit = Units.at(tokens, number.end());
        if (unit.isPresent()) {
            return measure(tokens, number, unit.get());
        }
        boolean hyphenated = tokens.isDash(number.end()) && tokens.attached(number.end())
                && tokens.attached(number.end() + 1) && tokens.isWord(number.end() + 1);
        return hyphenated ? compound(tokens, number) : CountReader.read(tokens, number);
    }

    private static Quantity multiple(Tokens tokens, NumberMatch number) {
        int end = number.end();
        String word = tokens.lower(number.numberStart());
        if (word.equals("twice") || word.equals("thrice")) {
            int from = afterComparison(tokens, end);
            Optional<Item> item = ItemReader.read(tokens, from, false);
            int textEnd = item.map(Item::end).orElse(from);
            return quantity(tokens, number, textEnd, Units.TIMES, item.map(Item::text).orElse(null),
                    item.map(Item::key).orElse(null));
        }
        return quantity(tokens, number, end, Units.TIMES, null,
                ContextKey.forMultiplyingVerb(tokens, number.start(), end));
    }

    private static Optional<Quantity> measure(Tokens tokens, NumberMatch number, UnitMatch unit) {
        String name = unit.unit();
        int end = unit.end();
        if (isOne(tokens, number) && !CountReader.countsOne(tokens, number, true)) {
            return Optional.empty();
        }
        if (name.equals(Units.TIMES)) {
            if (!tokens.isWord(end) || !COMPARISONS.contains(tokens.lower(end))) {
                return Optional.of(quantity(tokens, number, end, null, tokens.slice(end - 1, end), "time"));
            }
            int from = afterComparison(tokens, end);
            Optional<Item> item = ItemReader.read(tokens, from, false);
            return Optional.of(quantity(tokens, number, item.map(Item::end).orElse(from), Units.TIMES,
                    item.map(Item::text).orElse(null), item.map(Item::key).orElse(null)));
        }
        double value = number.value();
        if (name.equals("hours") && number.upper() == null) {
            Optional<CompoundDurations.Extension> minutes = CompoundDurations.minutesAfterHours(tokens, end, value);
            if (minutes.isPresent()) {
                Span span = new Span(tokens.start(number.start()), tokens.end(minutes.get().end() - 1));
                return Optional.of(new Quantity(span.of(tokens.text()), span, minutes.get().minutes(), null,
                        CompoundDurations.MINUTES, null, null, number.qualifier()));
            }
        }
        if (isDuring(tokens, number, name)) {
            NumberMatch plain = new NumberMatch(number.numberStart(), number.numberStart(), number.end(), value, null,
                    Qualifier.EXACT, number.spelledOut());
            return Optional.of(quantity(tokens, plain, end, name, null, null));
        }
        String key;
        if (unit.hyphenated()) {
            boolean age = tokens.slice(number.numberStart(), end).endsWith("old");
            key = age && Ages.describesPerson(tokens, end) ? Ages.KEY : ContextKey.modifiedNoun(tokens, end);
        } else if (name.equals(Units.PERCENT) || name.endsWith("points")) {
            key = ContextKey.forPercent(tokens, number.start(), end);
        } else {
            key = ContextKey.forMeasure(tokens, number.start(), end);
        }
        return Optional.of(quantity(tokens, number, end, name, null, key));
    }

    /** "600-page", "81-seat": the hyphenated noun is what is counted. */
    private static Optional<Quantity> compound(Tokens tokens, NumberMatch number) {
        int end = number.end();
        String noun = tokens.lower(end + 1);
        if (FRACTIONS_AND_ORDINALS.contains(noun) || isOne(tokens, number) && COMPOUND_ADJECTIVES.contains(noun)) {
            return Optional.empty();
        }
        if (COMPOUND_ADJECTIVES.contains(noun)) {
            return Optional.of(quantity(tokens, number, end + 2, null, null, null));
        }
        String counted = number.value() == 1 ? noun : Inflection.plural(noun);
        return Optional.of(quantity(tokens, number, end + 2, null, counted, Inflection.singular(noun)));
    }

    // "27 witnesses over six weeks": "over" before a duration after a plural noun means "during", not "more than".
    private static boolean isDuring(Tokens tokens, NumberMatch number, String unit) {
        boolean duration = unit.equals("days") || unit.equals("weeks") || unit.equals("months") || unit.equals("years")
                || unit.equals("hours") || unit.equals("decades");
        int before = number.start() - 1;
        return duration && number.upper() == null && tokens.is(number.start(), "over") && tokens.isWord(before)
                && Inflection.isPlural(tokens.lower(before)) && !Inflection.isInvariant(tokens.lower(before));
    }

    /** Past "as many", "as much", "as long" or "more" after "twice" or "three times". */
    private static int afterComparison(Tokens tokens, int i) {
        if (tokens.is(i, "as") && tokens.isWord(i + 1) && !tokens.is(i + 1, "a") && !tokens.is(i + 1, "the")) {
            return i + 2;
        }
        return tokens.is(i, "more") ? i + 1 : i;
    }

    static boolean isOne(Tokens tokens, NumberMatch number) {
        return number.spelledOut() && number.value() == 1 && tokens.is(number.numberStart(), "one");
    }

    static Quantity quantity(Tokens tokens, NumberMatch number, int end, String unit, String item, String key) {
        Span span = new Span(tokens.start(number.start()), tokens.end(end - 1));
        return new Quantity(span.of(tokens.text()), span, number.value(), number.upper(), unit, item, key,
                number.qualifier());
    }
}
