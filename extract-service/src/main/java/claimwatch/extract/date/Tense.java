package claimwatch.extract.date;

import java.util.Set;

import claimwatch.extract.number.FunctionWords;
import claimwatch.extract.number.Tokens;

/** Whether the words around a date point to the future ("will vote on Monday") or the past ("signed on Monday"). */
enum Tense {
    FUTURE, PAST, NONE;

    private static final int LOOK_BACK = 14;
    private static final int LOOK_AHEAD = 20;
    private static final int REPORTED_LOOK_BACK = 30;

    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "expected", "scheduled", "set",
            "due", "planned", "plans", "plan", "upcoming", "going", "next");
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "said", "told", "ago",
            "yesterday", "began", "came", "went", "took", "gave", "made", "saw", "won", "lost", "rose", "fell",
            "grew", "met", "sent", "spent", "paid", "held", "broke", "ran", "led", "sold", "bought", "brought",
            "thought", "found", "became", "got", "wrote", "spoke", "chose", "drew", "flew", "knew", "threw", "shot",
            "struck", "stood", "kept", "felt", "heard", "meant", "since");
    // Past and present alike: past only without a modal or "to" before them ("will cut", "to cut").
    private static final Set<String> SAME_IN_PAST = Set.of("cut", "put", "hit", "cost", "shut", "spread", "quit", "let");
    private static final Set<String> BEFORE_BASE_FORM = Set.of("will", "would", "to", "must", "can", "could", "may",
            "might", "shall", "should", "do", "does", "did", "'ll");
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "announced",
            "added", "stated", "confirmed", "promised", "insisted");
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "seed", "feed", "proceed", "exceed",
            "succeed", "hundred", "shed", "embed", "breed", "greed", "indeed", "weed", "deed", "bleed");

    /** The tense around a date at tokens [start, end): the nearest marker before it, else one after an opening date. */
    static Tense around(Tokens tokens, int start, int end) {
        for (int j = start - 1; j >= 0 && j >= start - LOOK_BACK; j--) {
            if (isBoundary(tokens, j)) {
                break;
            }
            Tense tense = marker(tokens, j);
            if (tense != NONE) {
                return tense;
            }
        }
        if (start > 3) {
            return NONE;
        }
        for (int j = end; j < tokens.size() && j < end + LOOK_AHEAD; j++) {
            if (isBoundary(tokens, j)) {
                break;
            }
            Tense tense = marker(tokens, j);
            if (tense != NONE) {
                return tense;
            }
        }
        return NONE;
    }

    private static boolean reported(Tokens tokens, int would) {
        for (int j = would - 1; j >= 0 && j >= would - REPORTED_LOOK_BACK; j--) {
            if (tokens.isWord(j) && REPORTING.contains(tokens.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(Tokens tokens, int j) {
        return tokens.isSymbol(j, ';') || tokens.isSymbol(j, '"') || tokens.isSymbol(j, '\u201c')
                || tokens.isSymbol(j, '\u201d');
    }

    private static Tense marker(Tokens tokens, int j) {
        if (!tokens.isWord(j)) {
            return NONE;
        }
        String word = tokens.lower(j);
        if (FUTURE_WORDS.contains(word) || word.endsWith("'ll") || word.endsWith("\u2019ll")) {
            return FUTURE;
        }
        // "said he would have an X-ray on Sunday" reports a future; "The signing would follow Tuesday's" does not.
        if (word.equals("would")) {
            return reported(tokens, j) ? FUTURE : NONE;
        }
        // "signed on Monday" is a verb; "the disputed contract", "to be signed" and "will be sold" are not a past tense.
        boolean passive = tokens.is(j - 1, "be") || tokens.is(j - 1, "been");
        if (PAST_WORDS.contains(word)) {
            return passive ? NONE : PAST;
        }
        if (SAME_IN_PAST.contains(word)) {
            boolean baseForm = tokens.isWord(j - 1) && BEFORE_BASE_FORM.contains(tokens.lower(j - 1));
            return baseForm || passive ? NONE : PAST;
        }
        boolean participle = word.length() > 4 && word.endsWith("ed") && !NOT_PAST.contains(word);
        boolean verbPosition = !tokens.isWord(j + 1) || FunctionWords.isStop(tokens.lower(j + 1));
        return participle && verbPosition && !passive ? PAST : NONE;
    }
}
