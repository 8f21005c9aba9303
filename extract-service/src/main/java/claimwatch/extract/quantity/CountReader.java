package claimwatch.extract.quantity;

import java.util.Optional;
import java.util.Set;

import claimwatch.extract.number.NumberMatch;
import claimwatch.extract.number.Numerals;
import claimwatch.extract.number.Tokens;
import claimwatch.extract.sentence.Span;

/**
 * Reads a count: "600 jobs", "nine of the operator's existing ships", "nine more", "six rounds per minute", or a bare
 * number ("by 42 votes to 38"); leaves out clock times, anonymous-source formulas and "one" used as an article.
 */
final class CountReader {

    private static final Set<String> PARTITIVE_DETERMINERS = Set.of("the", "a", "an", "its", "their", "our", "his",
            "her", "my", "your");
    // "two people familiar with the talks" describes a source; it is not a claim about two people.
    private static final Set<String> SOURCE_NOUNS = Set.of("person", "people", "official", "source", "insider",
            "diplomat", "executive", "banker", "analyst", "lawyer", "employee", "member", "aide", "officer");
    private static final Set<String> SOURCE_WORDS = Set.of("familiar", "involved", "briefed", "close", "knowledgeable",
            "speaking", "who");
    private static final Set<String> RATE_PERIODS = Set.of("second", "minute", "hour", "day", "week", "month",
            "year");
    private static final Set<String> ONE_COUNTS_AFTER = Set.of("just", "only", "exactly", "and", "with");
    private static final Set<String> ONE_MEASURES_AFTER = Set.of("in", "for", "within", "after", "than", "over");
    private static final int PARTITIVE_NUMBER_LOOK_AHEAD = 3;

    private CountReader() {
    }

    static Optional<Quantity> read(Tokens tokens, NumberMatch number) {
        int end = number.end();
        Optional<Item> item;
        int textEnd = end;
        if (tokens.is(end, "of")) {
            int j = end + 1;
            while (tokens.isWord(j) && PARTITIVE_DETERMINERS.contains(tokens.lower(j))) {
                j++;
            }
            if (containsNumber(tokens, j)) {
                item = Optional.empty();
            } else {
                item = ItemReader.read(tokens, j, false);
                if (item.isEmpty() && number.spelledOut()) {
                    return Optional.empty();
                }
            }
        } else if (tokens.is(end, "more")) {
            item = ItemReader.read(tokens, end + 1, false);
            textEnd = end + 1;
        } else {
            item = ItemReader.read(tokens, end, number.value() == 1 && number.upper() == null);
        }
        if (item.isPresent()) {
            textEnd = item.get().end();
            if (isSourceFormula(tokens, item.get())) {
                return Optional.empty();
            }
        }
        if (QuantityReader.isOne(tokens, number) && (item.isEmpty() || !countsOne(tokens, number, false))
                && !(item.isEmpty() && onlyOne(tokens, number))) {
            return Optional.empty();
        }
        if (isClockTime(tokens, number) && (item.isEmpty() || !item.get().plural())) {
            return Optional.empty();
        }
        String unit = null;
        if (item.isPresent() && tokens.is(textEnd, "per") && tokens.isWord(textEnd + 1)
                && RATE_PERIODS.contains(tokens.lower(textEnd + 1))) {
            unit = "per " + tokens.lower(textEnd + 1);
            textEnd += 2;
        }
        Quantity quantity = QuantityReader.quantity(tokens, number, textEnd, unit, item.map(Item::text).orElse(null),
                item.map(Item::key).orElse(null));
        return Optional.of(onlyOne(tokens, number) ? withStart(tokens, quantity, number.start() - 1) : quantity);
    }

    /** Whether "one" is a count here ("just one supplier", "and one abstention", "in one year"), not an article. */
    static boolean countsOne(Tokens tokens, NumberMatch number, boolean measure) {
        if (!tokens.isWord(number.start() - 1)) {
            return false;
        }
        String before = tokens.lower(number.start() - 1);
        return ONE_COUNTS_AFTER.contains(before) || measure && ONE_MEASURES_AFTER.contains(before);
    }

    private static boolean onlyOne(Tokens tokens, NumberMatch number) {
        return QuantityReader.isOne(tokens, number)
                && (tokens.is(number.start() - 1, "only") || tokens.is(number.start() - 1, "just"));
    }

    // "just one supplier": the word that makes one a claim belongs to its text.
    private static Quantity withStart(Tokens tokens, Quantity quantity, int start) {
        Span span = new Span(tokens.start(start), quantity.span().end());
        return new Quantity(span.of(tokens.text()), span, quantity.value(), quantity.upper(), quantity.unit(),
                quantity.item(), quantity.key(), quantity.qualifier());
    }

    private static boolean containsNumber(Tokens tokens, int from) {
        for (int j = from; j < from + PARTITIVE_NUMBER_LOOK_AHEAD && j < tokens.size(); j++) {
            if (tokens.isNumber(j) || tokens.isWord(j) && Numerals.read(tokens, j).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSourceFormula(Tokens tokens, Item item) {
        return SOURCE_NOUNS.contains(item.key()) && tokens.isWord(item.end())
                && SOURCE_WORDS.contains(tokens.lower(item.end()));
    }

    // "the 7.40 boat", "at 7.10": a clock time written with a full stop.
    private static boolean isClockTime(Tokens tokens, NumberMatch number) {
        int i = number.numberStart();
        if (!tokens.isNumber(i) || number.upper() != null) {
            return false;
        }
        String text = tokens.slice(i, i + 1);
        int dot = text.indexOf('.');
        if (dot < 1 || dot > 2 || text.length() - dot != 3) {
            return false;
        }
        return Integer.parseInt(text.substring(0, dot)) <= 23 && Integer.parseInt(text.substring(dot + 1)) <= 59;
    }
}
