package claimwatch.extract.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the numbers of a sentence: numerals ("1,200", "2.5bn", "4.5 million"), definite number words ("twenty-one",
 * "a dozen", "twice"), ranges ("five to seven", "between 300 and 400") and the qualifiers before or after them; it
 * leaves out numbers that name or label something ("Route 9", "Covid-19", "8am", ordinals, phone numbers).
 */
public final class NumberParser {

    // "rose from 300 to 400" is a change between two values, not a range.
    private static final Set<String> CHANGE_WORDS = Set.of("rose", "risen", "rising", "rises", "rise", "fell",
            "fallen", "falling", "falls", "fall", "increased", "increase", "increases", "decreased", "decrease", "grew",
            "grown", "grow", "jumped", "climbed", "dropped", "declined", "cut", "raised", "lowered", "reduced",
            "boosted", "expanded", "shrank", "slipped", "soared", "plunged", "surged", "went", "gone", "changed",
            "revised", "moved", "up", "down");

    public List<NumberMention> find(String sentence) {
        return find(Tokens.of(sentence));
    }

    public List<NumberMention> find(Tokens tokens) {
        List<NumberMatch> matches = matches(tokens);
        List<NumberMention> mentions = new ArrayList<>(matches.size());
        for (NumberMatch match : matches) {
            mentions.add(match.toMention(tokens));
        }
        return mentions;
    }

    /** The numbers with their token positions; computed once per Tokens and shared with other extractors. */
    public List<NumberMatch> matches(Tokens tokens) {
        return tokens.shared(NumberParser.class, NumberParser::scan);
    }

    private static List<NumberMatch> scan(Tokens tokens) {
        List<NumberMatch> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            i = matchAt(tokens, i, found);
        }
        return List.copyOf(found);
    }

    private static int matchAt(Tokens tokens, int i, List<NumberMatch> found) {
        if (!Numerals.mayStartOrOpenRangeAt(tokens, i)) {
            return i + 1;
        }
        if (tokens.is(i, "between") || tokens.is(i, "from") && !isChange(tokens, i - 1)) {
            NumberMatch pair = pair(tokens, i);
            if (pair != null) {
                found.add(pair);
                return pair.end();
            }
            return i + 1;
        }
        Optional<Numeral> read = Numerals.read(tokens, i);
        if (read.isEmpty()) {
            return i + 1;
        }
        Numeral lower = read.get();
        if (IdentifierFilter.isIdentifier(tokens, lower)) {
            // "pages 12-14": the label covers the whole range.
            int connector = rangeConnector(tokens, lower.end());
            boolean labelledRange = connector > 0 && tokens.isDash(lower.end()) && tokens.isNumber(connector);
            return labelledRange ? connector + 1 : lower.end();
        }
        int percent = percentEnd(tokens, lower.end());
        int connector = rangeConnector(tokens, percent);
        if (connector > 0 && !changeFromTo(tokens, i)) {
            Optional<Numeral> upperRead = Numerals.read(tokens, connector);
            if (upperRead.isPresent() && !IdentifierFilter.isIdentifier(tokens, upperRead.get())
                    && samePercent(tokens, lower, percent, upperRead.get())) {
                Numeral upper = upperRead.get();
                double low = lower.lowerBoundFor(upper);
                if (low < upper.value()) {
                    found.add(new NumberMatch(i, i, upper.end(), low, upper.value(), Qualifier.RANGE,
                            lower.spelledOut()));
                    return upper.end();
                }
                if (tokens.isDash(lower.end())) {
                    return upper.end();
                }
            } else if (tokens.isDash(lower.end()) && tokens.isNumber(connector) && tokens.attached(connector)) {
                return connector + 1;
            }
        }
        NumberMatch single = qualified(tokens, lower);
        found.add(single);
        return single.end();
    }

    private static NumberMatch qualified(Tokens tokens, Numeral numeral) {
        Optional<QualifierPhrase> before = Qualifiers.before(tokens, numeral.start());
        if (before.isPresent()) {
            return new NumberMatch(before.get().start(), numeral.start(), numeral.end(), numeral.value(), null,
                    before.get().qualifier(), numeral.spelledOut());
        }
        Optional<QualifierPhrase> after = Qualifiers.after(tokens, numeral.end());
        return new NumberMatch(numeral.start(), numeral.start(), after.map(QualifierPhrase::end).orElse(numeral.end()),
                numeral.value(), null, after.map(QualifierPhrase::qualifier).orElse(Qualifier.EXACT),
                numeral.spelledOut());
    }

    /** "between 300 and 400", "from five to seven"; null when the words around do not make a range. */
    private static NumberMatch pair(Tokens tokens, int i) {
        Optional<Numeral> lower = Numerals.read(tokens, i + 1);
        if (lower.isEmpty() || IdentifierFilter.isIdentifier(tokens, lower.get())) {
            return null;
        }
        String joiner = tokens.is(i, "between") ? "and" : "to";
        int percent = percentEnd(tokens, lower.get().end());
        if (!tokens.is(percent, joiner)) {
            return null;
        }
        Optional<Numeral> upper = Numerals.read(tokens, percent + 1);
        if (upper.isEmpty() || IdentifierFilter.isIdentifier(tokens, upper.get())
                || !samePercent(tokens, lower.get(), percent, upper.get())) {
            return null;
        }
        double low = lower.get().lowerBoundFor(upper.get());
        if (low >= upper.get().value()) {
            return null;
        }
        return new NumberMatch(i, i + 1, upper.get().end(), low, upper.get().value(), Qualifier.RANGE,
                lower.get().spelledOut());
    }

    /** The token after a range connector ("-", "–", "to") at i, or -1. */
    public static int rangeConnector(Tokens tokens, int i) {
        if (tokens.isDash(i) || tokens.is(i, "to")) {
            return i + 1;
        }
        return -1;
    }

    /** The token after a percent sign or word at i ("10% and 15%"), or i when there is none. */
    private static int percentEnd(Tokens tokens, int i) {
        return Units.at(tokens, i).filter(unit -> unit.unit().equals(Units.PERCENT)).map(UnitMatch::end).orElse(i);
    }

    // "between 10% and 15%" is a range of percentages; "10% to 15 people" is not a range.
    private static boolean samePercent(Tokens tokens, Numeral lower, int afterLowerUnit, Numeral upper) {
        boolean lowerPercent = afterLowerUnit > lower.end();
        return !lowerPercent || percentEnd(tokens, upper.end()) > upper.end();
    }

    private static boolean changeFromTo(Tokens tokens, int i) {
        return followsChangeFrom(tokens, Qualifiers.before(tokens, i).map(QualifierPhrase::start).orElse(i));
    }

    /** True when the expression at start follows "rose from", "up from": a change between two values begins. */
    public static boolean followsChangeFrom(Tokens tokens, int start) {
        return tokens.is(start - 1, "from") && isChange(tokens, start - 2);
    }

    /** A word that reports a change of value: "rose", "fell", "cut", "up". */
    public static boolean isChange(Tokens tokens, int i) {
        return tokens.isWord(i) && CHANGE_WORDS.contains(tokens.lower(i));
    }
}
