package claimwatch.extract.modality;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.Token;

/**
 * Finds the word that hedges a sentence's claim: "reportedly", "allegedly", "could", "may", "might", "likely",
 * "appears to", "is expected to", "expects", "expected" (an expectation, not "the expected cost"), "believed to",
 * "almost certainly", "could not be ruled out", and "would" where it predicts rather than backshifts the "will"
 * of reported speech ("Rendal said the ferry would enter service in 2027", "The ferry would enter service in 2027,
 * Rendal said" are not hedged).
 */
final class HedgeCues {

    private static final Set<String> WORDS = Lexicon.of("reportedly", "allegedly", "could", "might", "may",
            "possibly", "probably", "perhaps", "maybe", "likely", "unlikely", "apparently", "supposedly",
            "purportedly", "presumably", "rumoured", "rumored", "expects", "suggests", "suggest", "suggested");

    /** "expected" as an expectation ("she expected the hearing to take place"), not "the expected cost". */
    private static final Set<String> DETERMINERS = Lexicon.of("the", "a", "an", "its", "their", "his", "her", "our",
            "'s", "’s", "than", "as", "more", "less", "widely", "not");

    /** Verbs hedging with "to": "appears to", "seems to", "is expected to", "is believed to". */
    private static final Set<String> BEFORE_TO = Lexicon.of("appears", "appear", "appeared", "seems", "seem", "seemed",
            "expected", "expects", "believed", "thought", "understood");

    /** Verbs that hedge with "to" only in the passive: "is said to", "is reported to". */
    private static final Set<String> PASSIVE_BEFORE_TO = Lexicon.of("said", "reported", "rumoured", "alleged");

    private static final Set<String> BE = Lexicon.of("is", "are", "was", "were", "be", "been", "being");

    /** After these, "would" is the future of reported speech or thought, not a hedge. */
    private static final Set<String> REPORTING = Lexicon.of("said", "says", "say", "told", "tells", "tell", "added",
            "adds", "announced", "warned", "warns", "insisted", "insists", "claimed", "claims", "confirmed",
            "estimated", "expected", "expects", "predicted", "promised", "agreed", "decided", "stated", "wrote",
            "argued", "reported", "believed", "believes", "thought", "knew", "hoped", "feared", "indicated",
            "explained", "recalled", "suggested", "signalled", "pledged", "vowed", "according", "announces");

    private static final Set<String> MODALS = Lexicon.of("could", "can", "may", "might", "would", "will", "should",
            "did", "does", "do", "has", "have", "had");

    /** "May it pass?", "May we ask": "May" opening a sentence before these is the verb. */
    private static final Set<String> VERB_AFTER_MAY = Lexicon.of("be", "not", "have", "it", "we", "they", "he", "she",
            "i", "you", "the", "this", "that", "there");

    private static final Set<String> PREFERENCE = Lexicon.of("like", "rather", "prefer", "love");

    private HedgeCues() {
    }

    static Optional<Cue> first(List<Token> tokens, boolean[] ignored) {
        // Reporting anywhere in the main clause makes "would" reported speech, after it too: "..., Rendal said".
        boolean reported = false;
        for (int i = 0; i < tokens.size(); i++) {
            reported |= !ignored[i] && tokens.get(i).isWord() && REPORTING.contains(tokens.get(i).lower());
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
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
        int ruledOut = ruledOutEnd(tokens, i);
        if (ruledOut > 0) {
            return phrase(tokens, i, ruledOut);
        }
        if (lower.equals("may")) {
            return isMonth(tokens, i) ? null : lower;
        }
        if (lower.equals("would")) {
            return reported || NegationCues.is(tokens, i + 1, "like") || followedBy(tokens, i, PREFERENCE) ? null : lower;
        }
        if (lower.equals("almost") && NegationCues.is(tokens, i + 1, "certainly")) {
            return "almost certainly";
        }
        boolean to = NegationCues.is(tokens, i + 1, "to");
        if (WORDS.contains(lower) && !(lower.equals("expects") && to)) {
            return lower;
        }
        if (lower.equals("expected") && !to && i > 0 && !DETERMINERS.contains(tokens.get(i - 1).lower())
                && tokens.get(i - 1).kind() != Token.Kind.PUNCT && !BE.contains(tokens.get(i - 1).lower())) {
            return lower;
        }
        boolean passive = i > 0 && BE.contains(tokens.get(i - 1).lower());
        if (to && (BEFORE_TO.contains(lower) || passive && PASSIVE_BEFORE_TO.contains(lower))) {
            String phrase = lower + " to";
            return passive && !lower.startsWith("appear") && !lower.startsWith("seem")
                    ? tokens.get(i - 1).lower() + " " + phrase : phrase;
        }
        return null;
    }

    /** End of "could not be ruled out" or "did not rule out" when it starts at i, else -1. */
    private static int ruledOutEnd(List<Token> tokens, int i) {
        String lower = tokens.get(i).lower();
        int negation = MODALS.contains(lower) && i + 1 < tokens.size() ? i + 1 : i;
        if (!NegationCues.isNegator(tokens.get(negation).lower())) {
            return -1;
        }
        for (int k = negation + 1; k < tokens.size() && k <= negation + 3; k++) {
            if ((tokens.get(k).is("ruled") || tokens.get(k).is("rule")) && NegationCues.is(tokens, k + 1, "out")) {
                return k + 2;
            }
        }
        return -1;
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            text.append(k == from ? "" : " ").append(tokens.get(k).lower());
        }
        return text.toString();
    }

    /** "May" the month: capitalised, unless it opens a sentence as a verb ("May it pass?"). */
    private static boolean isMonth(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.capitalised()) {
            return false;
        }
        boolean opensAsVerb = i == 0 && tokens.size() > 1 && VERB_AFTER_MAY.contains(tokens.get(1).lower());
        return !opensAsVerb;
    }

    private static boolean followedBy(List<Token> tokens, int i, Set<String> words) {
        return i + 1 < tokens.size() && words.contains(tokens.get(i + 1).lower());
    }
}
