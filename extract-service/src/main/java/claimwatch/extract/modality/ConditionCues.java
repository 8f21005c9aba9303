package claimwatch.extract.modality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.Token;

/**
 * Finds the conditions a sentence's claim depends on: "if", "unless", "provided that", "on condition that", "as
 * long as", "in the event that". Indirect questions ("asked if"), comparisons ("as if"), concessions ("even if"),
 * wishes ("if only") and hedged quantities ("few, if any", "dozens, if not hundreds") are not conditions; a
 * rhetorical "if" ("very little room if something goes wrong") is.
 */
final class ConditionCues {

    private static final Set<String> BEFORE_IF_NOT_CONDITION = Lexicon.of("ask", "asks", "asked", "asking", "wonder",
            "wonders", "wondered", "wondering", "see", "saw", "know", "knew", "unclear", "check", "checks", "checked",
            "checking", "decide", "decided", "determine", "doubt", "sure", "unsure", "tell", "told", "matter",
            "clear", "question", "as", "even", "what", "whether");

    private static final Set<String> AFTER_IF_NOT_CONDITION = Lexicon.of("not", "any", "ever", "only");

    private static final Set<String> NUMBER_WORDS = Lexicon.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "a", "possible", "necessary");

    private ConditionCues() {
    }

    /** Every condition in the sentence, in order, skipping those inside ignored tokens. */
    static List<Cue> all(List<Token> tokens, boolean[] ignored) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (ignored[i] || !tokens.get(i).isWord()) {
                continue;
            }
            String cue = cueAt(tokens, i);
            if (cue != null) {
                cues.add(new Cue(i, cue));
            }
        }
        return cues;
    }

    private static String cueAt(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.is("if")) {
            boolean excluded = i > 0 && BEFORE_IF_NOT_CONDITION.contains(tokens.get(i - 1).lower())
                    || i + 1 < tokens.size() && AFTER_IF_NOT_CONDITION.contains(tokens.get(i + 1).lower());
            return excluded ? null : token.lower();
        }
        if (token.is("unless")) {
            return token.lower();
        }
        if ((token.is("provided") || token.is("providing")) && NegationCues.is(tokens, i + 1, "that")) {
            return phrase(tokens, i, 2);
        }
        if (token.is("on") && NegationCues.is(tokens, i + 1, "condition") && NegationCues.is(tokens, i + 2, "that")) {
            return phrase(tokens, i, 3);
        }
        if (token.is("as") && NegationCues.is(tokens, i + 1, "long") && NegationCues.is(tokens, i + 2, "as")
                && i + 3 < tokens.size() && tokens.get(i + 3).isWord()
                && !NUMBER_WORDS.contains(tokens.get(i + 3).lower())) {
            return phrase(tokens, i, 3);
        }
        if (token.is("in") && NegationCues.is(tokens, i + 1, "the") && NegationCues.is(tokens, i + 2, "event")
                && NegationCues.is(tokens, i + 3, "that")) {
            return phrase(tokens, i, 4);
        }
        return null;
    }

    private static String phrase(List<Token> tokens, int from, int length) {
        StringBuilder text = new StringBuilder(tokens.get(from).lower());
        for (int k = from + 1; k < from + length; k++) {
            text.append(' ').append(tokens.get(k).lower());
        }
        return text.toString();
    }
}
