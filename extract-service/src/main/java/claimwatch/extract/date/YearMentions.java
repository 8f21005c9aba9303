package claimwatch.extract.date;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.number.FunctionWords;
import claimwatch.extract.number.IdentifierFilter;
import claimwatch.extract.number.Inflection;
import claimwatch.extract.number.Numeral;
import claimwatch.extract.number.Numerals;
import claimwatch.extract.number.Qualifiers;
import claimwatch.extract.number.Tokens;
import claimwatch.extract.number.Units;

/**
 * Reads a year standing alone: four digits from 1900 to 2100 that are not a count ("2000 tonnes", "cut 2000 jobs"),
 * money, a name ("Vision 2030") or a decade ("1990s"); "2019-2021" and "2022-23" give two years.
 */
final class YearMentions {

    private static final int EARLIEST = 1500;
    private static final Set<String> EARLY_YEAR_PREPOSITIONS = Set.of("in", "since", "from", "until", "before", "after",
            "during", "by");
    private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "before",
            "after", "from", "between", "during", "of", "for", "through", "throughout", "to", "and", "around",
            "early", "late", "mid", "fiscal");
    // Nouns a year commonly modifies even without a determiner: "above 2019 levels".
    private static final Set<String> YEAR_NOUNS = Set.of("levels", "figures", "prices", "rates", "terms", "elections",
            "results", "accounts", "standards", "rules", "olympics", "games", "championships", "polls", "budgets",
            "accords", "talks", "protests", "floods", "riots", "attacks", "sanctions", "reforms", "negotiations");
    // Symbols that may touch a year: "(2022)", "mid-2023", "'2022'".
    private static final String OPENERS = "(-\u2013\u2014/'\"\u2018\u201c[";

    private YearMentions() {
    }

    /** Adds the year (or years) at token i and returns the token after them, or i + 1 when there is none. */
    static int at(Tokens tokens, int i, List<DateCandidate> found) {
        int year = standaloneYear(tokens, i);
        if (year == 0) {
            return i + 1;
        }
        found.add(DateCandidate.fixed(i, i + 1, year, 0, 0));
        int joiner = i + 1;
        if (!(tokens.isDash(joiner) || tokens.isSymbol(joiner, '/')) || !tokens.isNumber(joiner + 1)) {
            return i + 1;
        }
        int second = AbsoluteDates.yearNumber(tokens, joiner + 1);
        if (second == 0 && tokens.length(joiner + 1) == 2 && tokens.attached(joiner) && tokens.attached(joiner + 1)) {
            int shortYear = AbsoluteDates.smallNumber(tokens, joiner + 1);
            second = shortYear > year % 100 ? year - year % 100 + shortYear : 0;
        }
        if (second > year && second <= 2100) {
            found.add(DateCandidate.fixed(joiner + 1, joiner + 2, second, 0, 0));
            return joiner + 2;
        }
        return i + 1;
    }

    private static int standaloneYear(Tokens tokens, int i) {
        int year = AbsoluteDates.yearNumber(tokens, i);
        // Before 1900 a four-digit number is a year only after a date preposition: "since records began in 1880".
        boolean early = year >= EARLIEST && year < 1900 && tokens.isWord(i - 1)
                && EARLY_YEAR_PREPOSITIONS.contains(tokens.lower(i - 1));
        if (!early && (year < 1900 || year > 2100)) {
            return 0;
        }
        Optional<Numeral> numeral = Numerals.read(tokens, i);
        if (numeral.isEmpty() || numeral.get().scaled()
                || !isSeason(tokens, i) && IdentifierFilter.isIdentifier(tokens, numeral.get())) {
            return 0;
        }
        if (tokens.attached(i) && tokens.kind(i - 1) == Tokens.Kind.SYMBOL
                && OPENERS.indexOf(tokens.text().charAt(tokens.start(i - 1))) < 0) {
            return 0;
        }
        boolean currencyCode = tokens.isWord(i - 1) && tokens.length(i - 1) == 3 && tokens.isAllCaps(i - 1);
        return currencyCode || isCount(tokens, i) ? 0 : year;
    }

    // "2022/23", "2022/2023": a season, not a fraction.
    private static boolean isSeason(Tokens tokens, int i) {
        int length = tokens.length(i + 2);
        return tokens.isSymbol(i + 1, '/') && tokens.attached(i + 1) && tokens.attached(i + 2) && tokens.isNumber(i + 2)
                && (length == 2 || length == 4) && !tokens.isSymbol(i + 3, '/');
    }

    // "2000 tonnes" and "cut 2000 jobs" count; "the 2022 elections" and "in 2022 elections" name a year.
    private static boolean isCount(Tokens tokens, int i) {
        if (Units.at(tokens, i + 1).isPresent()) {
            return true;
        }
        if (!tokens.isWord(i + 1) || tokens.attached(i + 1) || !Inflection.isPlural(tokens.lower(i + 1))
                || YEAR_NOUNS.contains(tokens.lower(i + 1))) {
            return false;
        }
        if (!tokens.isWord(i - 1) || Qualifiers.before(tokens, i).isPresent()) {
            return true;
        }
        String before = tokens.lower(i - 1);
        return !(FunctionWords.isDeterminer(before) || DATE_PREPOSITIONS.contains(before));
    }
}
