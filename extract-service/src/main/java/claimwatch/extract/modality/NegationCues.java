package claimwatch.extract.modality;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.Token;

/**
 * Finds the word that negates a sentence's claim: "not", "n't", "no", "never", "neither", "nor", "none",
 * "nothing", "nobody", "without", "denied". Idioms that only look negative ("not only", "no later than",
 * "could not be ruled out") are skipped.
 */
final class NegationCues {

    private static final Set<String> WORDS = Lexicon.of("not", "cannot", "never", "neither", "nor", "none", "nothing",
            "nobody", "no-one", "without", "denied", "denies", "deny", "denying");

    private static final Set<String> AFTER_NOT_NOT_NEGATING = Lexicon.of("only", "just", "merely", "simply", "least",
            "without", "unlike", "necessarily");

    private static final Set<String> AFTER_NO_NOT_NEGATING = Lexicon.of("later", "earlier", "more", "fewer", "less",
            "sooner", "doubt", "matter");

    private static final Set<String> BEFORE_NO_ANSWER = Lexicon.of("say", "says", "said", "saying", "vote", "voted",
            "votes", "answer", "answered", "or");

    /** After "said no", these show the "no" was the answer: "said no to the plan", "say no and go home". */
    private static final Set<String> AFTER_NO_ANSWER = Lexicon.of("to", "and", "or", "when", "because", "after", "again",
            "twice");

    private static final Set<String> CONTRAST_DETERMINERS = Lexicon.of("a", "an", "the", "just", "only");

    private static final int RULED_OUT_WINDOW = 4;

    private NegationCues() {
    }

    static Optional<Cue> first(List<Token> tokens, boolean[] ignored) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!ignored[i] && tokens.get(i).isWord() && negates(tokens, i)) {
                return Optional.of(new Cue(i, tokens.get(i).lower()));
            }
        }
        return Optional.empty();
    }

    private static boolean negates(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String lower = token.lower();
        if (lower.equals("no")) {
            return negatingNo(tokens, i);
        }
        boolean contracted = lower.endsWith("n't") || lower.endsWith("n\u2019t");
        if (!contracted && !WORDS.contains(lower)) {
            return false;
        }
        if (lower.equals("not") && (is(tokens, i + 1, AFTER_NOT_NOT_NEGATING) || is(tokens, i + 2, "mention")
                || is(tokens, i - 1, "whether") || is(tokens, i - 1, "or") || is(tokens, i - 1, "if")
                || contrasts(tokens, i))) {
            return false;
        }
        if (lower.equals("without") && (is(tokens, i + 1, "doubt") || is(tokens, i - 1, "not"))) {
            return false;
        }
        return !rulesNothingOut(tokens, i);
    }

    /** "They deserve new ferries, not a cheque": a contrast after a comma, the claim itself stands. */
    private static boolean contrasts(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isPunct(',') && is(tokens, i + 1, CONTRAST_DETERMINERS);
    }

    /** "no payment was made" and "said no money was paid" negate; "no later than 2030", "No. 2", "said no to it" do not. */
    private static boolean negatingNo(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        boolean determiner = next.isWord() && !AFTER_NO_NOT_NEGATING.contains(next.lower());
        boolean answer = is(tokens, i - 1, BEFORE_NO_ANSWER) && is(tokens, i + 1, AFTER_NO_ANSWER);
        return determiner && !answer;
    }

    /** "further increases could not be ruled out" is a hedge, not a denial. */
    static boolean rulesNothingOut(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size() && k <= i + RULED_OUT_WINDOW; k++) {
            Token token = tokens.get(k);
            if ((token.is("ruled") || token.is("rule")) && is(tokens, k + 1, "out") || token.is("excluded")) {
                return true;
            }
        }
        return false;
    }

    static boolean isNegator(String lower) {
        return lower.equals("not") || lower.equals("cannot") || lower.endsWith("n't") || lower.endsWith("n\u2019t");
    }

    static boolean is(List<Token> tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(word);
    }

    private static boolean is(List<Token> tokens, int i, Set<String> words) {
        return i >= 0 && i < tokens.size() && words.contains(tokens.get(i).lower());
    }
}
