package claimwatch.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import claimwatch.extract.number.Tokens;

/**
 * Drops date candidates that are not date claims: a dateline ("BRUXELLES, 14 mars 2024 –") is publication metadata,
 * and two bare months or weekdays joined in a present-tense sentence ("open from Tuesday to Sunday", "doubles in
 * July and August") recur every year or week.
 */
final class NonDates {

    private static final Set<String> JOINERS = Set.of("and", "or", "to", "through", "until");

    private NonDates() {
    }

    static List<DateCandidate> remove(Tokens tokens, List<DateCandidate> dates) {
        List<DateCandidate> kept = new ArrayList<>(dates.size());
        for (int k = 0; k < dates.size(); k++) {
            DateCandidate date = dates.get(k);
            boolean recurring = k > 0 && recurringPair(tokens, dates.get(k - 1), date)
                    || k + 1 < dates.size() && recurringPair(tokens, date, dates.get(k + 1));
            if (!recurring && !isDateline(tokens, date)) {
                kept.add(date);
            }
        }
        return kept;
    }

    private static boolean recurringPair(Tokens tokens, DateCandidate first, DateCandidate second) {
        boolean months = isBareMonth(first) && isBareMonth(second);
        boolean weekdays = isBareWeekday(first) && isBareWeekday(second);
        if (!months && !weekdays || second.start() != first.end() + 1) {
            return false;
        }
        int joiner = first.end();
        boolean joined = tokens.isDash(joiner) || tokens.isWord(joiner) && JOINERS.contains(tokens.lower(joiner));
        boolean between = tokens.is(DateRoles.cueIndex(tokens, first.start()), "between");
        return joined && !between && Tense.around(tokens, first.start(), second.end()) == Tense.NONE;
    }

    private static boolean isBareMonth(DateCandidate date) {
        return date.kind() == DateCandidate.Kind.NO_YEAR && date.day() == 0 && date.offset() == 0;
    }

    private static boolean isBareWeekday(DateCandidate date) {
        return date.kind() == DateCandidate.Kind.WEEKDAY && date.offset() == 0;
    }

    // Only capitalised words, commas and brackets before the date, a dash after it (or after a bracketed source): a
    // dateline.
    private static boolean isDateline(Tokens tokens, DateCandidate date) {
        int after = date.end();
        if (tokens.isSymbol(after, '(')) {
            while (after < tokens.size() && !tokens.isSymbol(after, ')')) {
                after++;
            }
            after++;
        }
        if (!tokens.isDash(after) || date.start() == 0) {
            return false;
        }
        boolean capitals = false;
        for (int j = 0; j < date.start(); j++) {
            if (tokens.isWord(j)) {
                if (!tokens.isCapitalised(j)) {
                    return false;
                }
                capitals |= tokens.length(j) > 1 && tokens.isAllCaps(j);
            } else if (!tokens.isSymbol(j, ',') && !tokens.isSymbol(j, '(') && !tokens.isSymbol(j, ')')) {
                return false;
            }
        }
        return capitals;
    }
}
