package claimwatch.extract.date;

import java.time.YearMonth;
import java.util.Optional;

import claimwatch.extract.number.Tokens;

/** Reads dates written in digits only: ISO "2024-03-12", "12/03/2024" (day or month first) and "12.03.2024". */
final class NumericDates {

    private NumericDates() {
    }

    static Optional<DateCandidate> at(Tokens tokens, int i) {
        if (tokens.length(i) == 4 && joined(tokens, i, '-')) {
            return iso(tokens, i);
        }
        if (tokens.length(i) <= 2 && joined(tokens, i, '/')) {
            return slashed(tokens, i);
        }
        if (tokens.length(i) >= 8 && tokens.length(i) <= 10) {
            return dotted(tokens, i);
        }
        return Optional.empty();
    }

    /** Token i, a separator, a number, the separator again and a number, all touching. */
    private static boolean joined(Tokens tokens, int i, char separator) {
        for (int k = 1; k <= 4; k++) {
            boolean expected = k % 2 == 1 ? tokens.isSymbol(i + k, separator) : tokens.isNumber(i + k);
            if (!expected || !tokens.attached(i + k)) {
                return false;
            }
        }
        boolean longerChain = tokens.isSymbol(i + 5, separator) && tokens.attached(i + 5) && tokens.isNumber(i + 6);
        return !longerChain && (!tokens.attached(i + 5) || !tokens.isNumber(i + 5) && !tokens.isWord(i + 5));
    }

    private static Optional<DateCandidate> iso(Tokens tokens, int i) {
        int year = AbsoluteDates.yearNumber(tokens, i);
        int month = AbsoluteDates.smallNumber(tokens, i + 2);
        int day = AbsoluteDates.smallNumber(tokens, i + 4);
        if (year == 0 || tokens.length(i + 2) != 2 || tokens.length(i + 4) != 2 || !valid(year, month, day)) {
            return Optional.empty();
        }
        return Optional.of(DateCandidate.fixed(i, i + 5, year, month, day));
    }

    private static Optional<DateCandidate> slashed(Tokens tokens, int i) {
        int first = AbsoluteDates.smallNumber(tokens, i);
        int second = AbsoluteDates.smallNumber(tokens, i + 2);
        int year = AbsoluteDates.yearNumber(tokens, i + 4);
        if (year == 0 && tokens.length(i + 4) == 2) {
            year = 2000 + AbsoluteDates.smallNumber(tokens, i + 4);
        }
        boolean dayFirst = valid(year, second, first);
        boolean monthFirst = valid(year, first, second);
        if (dayFirst && monthFirst && first != second) {
            return Optional.of(new DateCandidate(i, i + 5, DateCandidate.Kind.AMBIGUOUS_NUMERIC, year, first, second,
                    Granularity.DAY, 0));
        }
        if (dayFirst) {
            return Optional.of(DateCandidate.fixed(i, i + 5, year, second, first));
        }
        return monthFirst ? Optional.of(DateCandidate.fixed(i, i + 5, year, first, second)) : Optional.empty();
    }

    private static Optional<DateCandidate> dotted(Tokens tokens, int i) {
        String text = tokens.slice(i, i + 1);
        String[] parts = text.split("\\.");
        if (parts.length != 3 || parts[0].length() > 2 || parts[1].length() > 2 || parts[2].length() != 4) {
            return Optional.empty();
        }
        int day = Integer.parseInt(parts[0]);
        int month = Integer.parseInt(parts[1]);
        int year = Integer.parseInt(parts[2]);
        return valid(year, month, day) ? Optional.of(DateCandidate.fixed(i, i + 1, year, month, day))
                : Optional.empty();
    }

    static boolean valid(int year, int month, int day) {
        return year >= 1000 && month >= 1 && month <= 12 && day >= 1
                && day <= YearMonth.of(year, month).lengthOfMonth();
    }
}
