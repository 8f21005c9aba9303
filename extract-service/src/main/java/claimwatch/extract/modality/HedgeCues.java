package claimwatch.extract.modality;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.entity.Token;

/**
 * Finds the word that hedges a sentence's claim: "reportedly", "allegedly", "could", "may", "might", "likely",
 * "appears to", "is expected to", "believed to", "suggests", "rumoured", and "would" where it is not the future
 * of reported speech ("Rendal said the ferry would enter service in 2027" is not hedged).
 */
final class HedgeCues {

    private static final Set<String> WORDS = Set.of("reportedly", "allegedly", "alleged", "could", "might",
            "may", "possibly", "probably", "perhaps", "maybe", "likely", "unlikely", "apparently", "supposedly",
            "purportedly", "presumably", "potentially", "rumoured", "rumored", "suggests", "suggest", "suggested");

    /** Verbs hedging with "to": "appears to", "seems to", "is expected to", "is believed to". */
    private static final Set<String> BEFORE_TO = Set.of("appears", "appear", "appeared", "seems", "seem", "seemed",
            "expected", "believed", "thought", "understood");

    /** Verbs that hedge with "to" only in the passive: "is said to", "is reported to". */
    private static final Set<String> PASSIVE_BEFORE_TO = Set.of("said", "reported", "rumoured", "alleged");

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** After these, "would" is the future of reported speech or thought, not a hedge. */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "tell", "added",
            "adds", "announced", "warned", "warns", "insisted", "insists", "claimed", "claims", "confirmed",
            "estimated", "expected", "expects", "predicted", "promised", "agreed", "decided", "stated", "wrote",
            "argued", "reported", "believed", "believes", "thought", "knew", "hoped", "feared", "indicated",
            "explained", "recalled", "suggested", "signalled", "pledged", "vowed", "according", "announces");

    private static final Set<String> PREFERENCE = Set.of("like", "rather", "prefer", "love");

    private HedgeCues() {
    }

    static Optional<Cue> first(List<Token> tokens, boolean[] ignored) {
        boolean reported = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            reported |= REPORTING.contains(token.lower());
            if (ignored[i] || !token.isWord()) {
                continue;
            }
            String cue = cueAt(tokens, i, reported);
            if (cue != null) {
                return Optional.of(new Cue(i, cue));
            }
        }
        return Optional.empty();
    }

    private static String cueAt(List<Token> tokens, int i, boolean reported) {
        Token token = tokens.get(i);
        String lower = token.lower();
        if (lower.equals("may")) {
            return isMonth(tokens, i) ? null : lower;
        }
        if (lower.equals("would")) {
            return reported || NegationCues.is(tokens, i + 1, "like") || followedBy(tokens, i, PREFERENCE) ? null : lower;
        }
        if (WORDS.contains(lower)) {
            return lower;
        }
        boolean to = NegationCues.is(tokens, i + 1, "to");
        boolean passive = i > 0 && BE.contains(tokens.get(i - 1).lower());
        if (to && (BEFORE_TO.contains(lower) || passive && PASSIVE_BEFORE_TO.contains(lower))) {
            String phrase = lower + " to";
            return passive && !lower.startsWith("appear") && !lower.startsWith("seem")
                    ? tokens.get(i - 1).lower() + " " + phrase : phrase;
        }
        if ((lower.equals("ruled") || lower.equals("rule")) && NegationCues.is(tokens, i + 1, "out")
                && negatedBefore(tokens, i)) {
            return lower + " out";
        }
        return null;
    }

    /** "May" the month: capitalised, unless it opens a sentence as a verb ("May it pass?"). */
    private static boolean isMonth(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.capitalised()) {
            return false;
        }
        boolean opensAsVerb = i == 0 && (NegationCues.is(tokens, 1, "be") || NegationCues.is(tokens, 1, "not")
                || NegationCues.is(tokens, 1, "have"));
        return !opensAsVerb;
    }

    private static boolean followedBy(List<Token> tokens, int i, Set<String> words) {
        return i + 1 < tokens.size() && words.contains(tokens.get(i + 1).lower());
    }

    private static boolean negatedBefore(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            String lower = tokens.get(k).lower();
            if (lower.equals("not") || lower.equals("cannot") || lower.endsWith("n't") || lower.endsWith("n\u2019t")) {
                return true;
            }
        }
        return false;
    }
}
