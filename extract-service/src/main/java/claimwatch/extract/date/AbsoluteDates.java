package claimwatch.extract.date;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.number.Inflection;
import claimwatch.extract.number.Tokens;
import claimwatch.extract.number.Units;

/**
 * Reads calendar dates that start at a token: "2024-03-12", "12/03/2024", "12 March 2024", "March 12, 2024",
 * "12 de marzo de 2024", "March 2023", "Oct. 3", "3 October last year", and a month alone after a cue ("in April").
 */
final class AbsoluteDates {

    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "by", "before", "until", "till", "after",
            "from", "between", "during", "for", "of", "to", "and", "through", "throughout", "early", "late", "mid",
            "end", "start", "beginning", "around", "en", "desde", "hasta", "de", "depuis", "seit", "im", "bis", "last",
            "next", "this", "least", "or");

    private AbsoluteDates() {
    }

    static Optional<DateCandidate> at(Tokens tokens, int i) {
        if (tokens.isNumber(i)) {
            Optional<DateCandidate> numeric = NumericDates.at(tokens, i);
            return numeric.isPresent() ? numeric : dayFirst(tokens, i);
        }
        return CalendarWords.month(tokens, i) > 0 ? monthFirst(tokens, i) : Optional.empty();
    }

    private static Optional<DateCandidate> dayFirst(Tokens tokens, int i) {
        int day = smallNumber(tokens, i);
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        int j = i + 1;
        if (tokens.attached(j) && (tokens.isWord(j) && ORDINAL_SUFFIXES.contains(tokens.lower(j))
                || tokens.isSymbol(j, '.'))) {
            j++;
        }
        if (tokens.is(j, "of") || tokens.is(j, "de")) {
            j++;
        }
        int month = CalendarWords.month(tokens, j);
        if (month == 0 || day > YearMonth.of(2024, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(withYear(tokens, i, CalendarWords.monthEnd(tokens, j), month, day));
    }

    private static Optional<DateCandidate> monthFirst(Tokens tokens, int i) {
        int month = CalendarWords.month(tokens, i);
        int j = CalendarWords.monthEnd(tokens, i);
        int day = smallNumber(tokens, j);
        if (day >= 1 && day <= YearMonth.of(2024, month).lengthOfMonth() && !countsSomething(tokens, j + 1)) {
            int end = j + 1;
            if (tokens.attached(end) && tokens.isWord(end) && ORDINAL_SUFFIXES.contains(tokens.lower(end))) {
                end++;
            }
            return Optional.of(withYear(tokens, i, end, month, day));
        }
        DateCandidate withYear = withYear(tokens, i, j, month, 0);
        if (withYear.kind() != DateCandidate.Kind.NO_YEAR) {
            return Optional.of(withYear);
        }
        int before = i - 1;
        while (tokens.isDash(before) || tokens.is(before, "the")) {
            before--;
        }
        if (!tokens.isWord(before) || !MONTH_CUES.contains(tokens.lower(before))) {
            return Optional.empty();
        }
        String cue = tokens.lower(before);
        // "every July and August": the second month recurs like the first.
        if ((cue.equals("and") || cue.equals("or")) && CalendarWords.month(tokens, before - 1) > 0
                && tokens.is(before - 2, "every")) {
            return Optional.empty();
        }
        if (cue.equals("this")) {
            return Optional.of(new DateCandidate(before, j, DateCandidate.Kind.YEAR_FROM_PUBLISHED, 0, month, 0,
                    Granularity.MONTH, 0));
        }
        int offset = cue.equals("last") ? -1 : cue.equals("next") ? 1 : 0;
        int start = offset == 0 ? i : before;
        return Optional.of(new DateCandidate(start, j, DateCandidate.Kind.NO_YEAR, 0, month, 0, Granularity.MONTH,
                offset));
    }

    /** The date from a month (and day) at [start, j), with the year that follows it if one does. */
    private static DateCandidate withYear(Tokens tokens, int start, int j, int month, int day) {
        Granularity granularity = day > 0 ? Granularity.DAY : Granularity.MONTH;
        int k = tokens.isSymbol(j, ',') ? j + 1 : j;
        if (tokens.is(k, "de") || tokens.is(k, "of")) {
            k++;
        }
        int year = yearNumber(tokens, k);
        if (year > 0 && (day == 0 || day <= YearMonth.of(year, month).lengthOfMonth())) {
            return DateCandidate.fixed(start, k + 1, year, month, day);
        }
        int relativeYear = RelativeDates.yearOffset(tokens, k);
        if (relativeYear != Integer.MIN_VALUE) {
            return new DateCandidate(start, k + 2, DateCandidate.Kind.YEAR_FROM_PUBLISHED, 0, month, day, granularity,
                    relativeYear);
        }
        return new DateCandidate(start, j, DateCandidate.Kind.NO_YEAR, 0, month, day, granularity, 0);
    }

    // "in May 12 people died": a number that counts something is not a day of the month.
    private static boolean countsSomething(Tokens tokens, int i) {
        return Units.at(tokens, i).isPresent() || tokens.isWord(i) && Inflection.isPlural(tokens.lower(i));
    }

    static int smallNumber(Tokens tokens, int i) {
        if (!tokens.isNumber(i) || tokens.length(i) > 2 || !allDigits(tokens, i)) {
            return -1;
        }
        return Integer.parseInt(tokens.text(), tokens.start(i), tokens.end(i), 10);
    }

    /** A year written in full for a calendar date: four digits from 1000 to 2999, or 0. */
    static int yearNumber(Tokens tokens, int i) {
        if (!tokens.isNumber(i) || tokens.length(i) != 4 || !allDigits(tokens, i)) {
            return 0;
        }
        int year = Integer.parseInt(tokens.text(), tokens.start(i), tokens.end(i), 10);
        return year >= 1000 && year <= 2999 ? year : 0;
    }

    static boolean allDigits(Tokens tokens, int i) {
        for (int k = tokens.start(i); k < tokens.end(i); k++) {
            char c = tokens.text().charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
