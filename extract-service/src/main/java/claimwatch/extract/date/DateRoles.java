package claimwatch.extract.date;

import java.util.List;
import java.util.Set;

import claimwatch.extract.number.FunctionWords;
import claimwatch.extract.number.Tokens;

/**
 * Gives each date its role from the words before it: "by"/"before"/"until" make a deadline, "since"/"after" a start,
 * and two dates joined by "between ... and", "from ... to" or a dash are the ends of a period; anything else is an
 * event. A date that modifies a noun ("before Monday's signing", "after the 2026 election") is an event: the
 * preposition governs the noun, except "since", which still dates a start ("since the March signing").
 */
final class DateRoles {

    private static final int LOOK_BACK = 8;
    private static final int SINCE_LOOK_BACK = 5;

    // Words between a cue and its date: "by the end of 2026", "before early March", "until the month of September".
    static final Set<String> SKIPPED = Set.of("the", "a", "an", "end", "start", "beginning", "middle", "close", "turn",
            "first", "second", "third", "fourth", "half", "quarter", "early", "late", "mid", "of", "spring", "summer",
            "autumn", "fall", "winter", "month", "at", "least", "finales", "principios", "mediados", "de", "fin", "el",
            "la", "ende", "anfang", "mitte");
    private static final Set<String> DEADLINE_CUES = Set.of("by", "before", "until", "till", "ahead", "deadline",
            "hasta", "antes", "bis", "avant");
    private static final Set<String> SINCE_CUES = Set.of("since", "desde", "depuis", "seit");
    private static final Set<String> PERIOD_CUES = Set.of("between", "entre");
    private static final Set<String> FROM_CUES = Set.of("from", "desde", "de");
    private static final Set<String> TO_JOINERS = Set.of("to", "until", "till", "through", "a", "hasta");

    private DateRoles() {
    }

    static DateRole[] assign(Tokens tokens, List<DateCandidate> dates) {
        DateRole[] roles = new DateRole[dates.size()];
        int[] cues = new int[dates.size()];
        for (int k = 0; k < dates.size(); k++) {
            cues[k] = cueIndex(tokens, dates.get(k).start());
            roles[k] = role(tokens, dates.get(k), cues[k]);
        }
        for (int k = 1; k < dates.size(); k++) {
            if (joined(tokens, dates.get(k - 1), dates.get(k), cues[k - 1], cues[k])) {
                roles[k - 1] = DateRole.PERIOD;
                roles[k] = DateRole.PERIOD;
            }
        }
        return roles;
    }

    private static boolean joined(Tokens tokens, DateCandidate first, DateCandidate second, int firstCue,
            int secondCue) {
        // "de 2019 a 2021": "de" is skipped as part of "finales de", but right before a date it opens a period.
        int openerAt = tokens.is(first.start() - 1, "de") ? first.start() - 1 : firstCue;
        String opener = tokens.isWord(openerAt) ? tokens.lower(openerAt) : "";
        int gap = first.end();
        if (second.start() == gap + 1) {
            if (tokens.isDash(gap) || tokens.isSymbol(gap, '/')) {
                return true;
            }
            String joiner = tokens.isWord(gap) ? tokens.lower(gap) : "";
            return PERIOD_CUES.contains(opener) && joiner.equals("and")
                    || FROM_CUES.contains(opener) && TO_JOINERS.contains(joiner);
        }
        // "between March 2023, when ..., and the end of February": the joiner sits further from the first date.
        String joiner = tokens.isWord(secondCue) ? tokens.lower(secondCue) : "";
        return PERIOD_CUES.contains(opener) && joiner.equals("and")
                || FROM_CUES.contains(opener) && (joiner.equals("to") || joiner.equals("until"));
    }

    /** The index of the word that decides the role of a date starting at start, skipping "the end of" and the like. */
    static int cueIndex(Tokens tokens, int start) {
        int j = start - 1;
        while (j >= 0 && j >= start - LOOK_BACK && (tokens.isDash(j) || tokens.isWord(j)
                && SKIPPED.contains(tokens.lower(j)))) {
            j--;
        }
        return j;
    }

    private static DateRole role(Tokens tokens, DateCandidate date, int cue) {
        if (!tokens.isWord(cue)) {
            return DateRole.EVENT;
        }
        String word = tokens.lower(cue);
        if (SINCE_CUES.contains(word) || sinceFurtherBack(tokens, cue)) {
            return DateRole.SINCE;
        }
        if (modifiesNoun(tokens, date, cue)) {
            return DateRole.EVENT;
        }
        if (DEADLINE_CUES.contains(word) || word.equals("than") && tokens.is(cue - 1, "later")) {
            return DateRole.DEADLINE;
        }
        if (word.equals("after") && cue == date.start() - 1) {
            return DateRole.SINCE;
        }
        return PERIOD_CUES.contains(word) ? DateRole.PERIOD : DateRole.EVENT;
    }

    // "since the first estimate in 2021": "since" governs the noun phrase the date sits in. A causal "since" ("since
    // prices in 2021 fell") starts a clause, not a phrase with a determiner.
    private static boolean sinceFurtherBack(Tokens tokens, int cue) {
        for (int j = cue - 1; j >= 0 && j >= cue - SINCE_LOOK_BACK; j--) {
            if (!tokens.isWord(j)) {
                return false;
            }
            String word = tokens.lower(j);
            if (SINCE_CUES.contains(word)) {
                return tokens.isWord(j + 1) && FunctionWords.isDeterminer(tokens.lower(j + 1));
            }
            if (word.endsWith("ed") || word.endsWith("ing") || !SKIPPED.contains(word)
                    && FunctionWords.isStop(word)) {
                return false;
            }
        }
        return false;
    }

    private static boolean modifiesNoun(Tokens tokens, DateCandidate date, int cue) {
        String last = tokens.lower(date.end() - 1);
        boolean possessive = tokens.isWord(date.end() - 1) && (last.endsWith("'s") || last.endsWith("\u2019s"));
        boolean determiner = cue < date.start() - 1 && (tokens.is(date.start() - 1, "the")
                || tokens.is(date.start() - 1, "a") || tokens.is(date.start() - 1, "an"))
                && tokens.isWord(date.end()) && !FunctionWords.isStop(tokens.lower(date.end()));
        return possessive || determiner;
    }
}
