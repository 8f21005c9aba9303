package claimwatch.extract.modality;

import java.util.List;
import java.util.Set;

import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.Token;

/**
 * Marks the tokens whose negations and hedges do not bear on the sentence's own claim: relative clauses ("projects
 * that were never going to finish"), adverbial clauses ("although the size has not been disclosed", "because",
 * "when", ", as the chamber had warned") and quoted titles ("No Time to Die").
 */
final class ClauseMask {

    /** Words after which "that" opens what is said or known, not a relative clause. */
    private static final Set<String> COMPLEMENT_TAKERS = Lexicon.of("said", "says", "say", "saying", "told", "tell",
            "tells", "show", "shows", "showed", "shown", "found", "find", "finds", "warn", "warned", "warns", "note",
            "noted", "notes", "noting", "believe", "believes", "believed", "think", "thinks", "thought", "claim",
            "claimed", "claims", "argue", "argued", "argues", "add", "added", "adds", "insist", "insisted",
            "insists", "estimate", "estimated", "estimates", "confirm", "confirmed", "confirms", "announce",
            "announced", "announces", "deny", "denied", "denies", "report", "reported", "reports", "suggest",
            "suggested", "suggests", "expect", "expected", "expects", "hope", "hoped", "hopes", "fear", "feared",
            "fears", "know", "knows", "knew", "clear", "likely", "possible", "true", "sure", "certain", "evident",
            "obvious", "so", "such", "fact", "mean", "means", "meant", "agree", "agreed", "agrees", "decide",
            "decided", "conclude", "concluded", "reveal", "revealed", "ensure", "ensured", "calculate",
            "calculates", "calculated", "consider", "considers", "considered", "recall", "recalled", "acknowledge",
            "acknowledged", "admit", "admitted", "admits", "ask", "asked", "request", "requested", "demand",
            "demanded", "explain", "explained", "state", "stated", "wrote", "write",
            "writes", "now", "given", "except", "provided", "providing", "condition", "event", "assuming",
            "realise", "realised", "realize", "realized", "understand", "understood", "alleged", "alleges",
            "promise", "promised", "predicted", "predict", "stressed", "emphasised", "hinted", "conceded");

    /** "The problem is that ...": right after a form of "be", "that" opens a complement. */
    private static final Set<String> BE = Lexicon.of("is", "was", "are", "were", "be", "been");

    private static final Set<String> VERB_BEFORE = Lexicon.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "could", "can", "may", "might", "must", "should", "does", "do", "did", "be", "been");

    /** Adverbial clauses whose negations and hedges are not the main claim's: "because", "when", "although". */
    private static final Set<String> ADVERBIAL = Lexicon.of("although", "though", "whereas", "while", "despite",
            "because", "when", "whenever", "once");

    private static final Set<String> SUBJECT_STARTS = Lexicon.of("the", "a", "an", "it", "he", "she", "they", "we",
            "i", "you", "its", "his", "her", "their", "our", "this", "that", "these", "those");

    private static final int COMPLEMENT_WINDOW = 6;
    private static final int LONGEST_TITLE = 6;

    private ClauseMask() {
    }

    static boolean[] unrelated(List<Token> tokens) {
        boolean[] mask = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean afterComma = i > 0 && tokens.get(i - 1).isPunct(',');
            boolean purpose = token.is("so") && i > 0 && tokens.get(i - 1).isWord() && opensClause(tokens, i);
            if (ADVERBIAL.contains(token.lower()) || token.is("even") && next(tokens, i, "though") || purpose
                    || afterComma && (isRelativePronoun(token) || token.is("as") && opensClause(tokens, i))
                    || isRestrictiveRelative(tokens, i)) {
                markClause(tokens, i, mask);
            }
        }
        QuotedTitles.mark(tokens, mask, LONGEST_TITLE);
        return mask;
    }

    /** From index to the next comma, semicolon, colon, dash or bracket, or to the end. */
    static int clauseEnd(List<Token> tokens, int index) {
        for (int k = index + 1; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.kind() == Token.Kind.PUNCT && ",;:(\u2014\u2013".indexOf(token.text().charAt(0)) >= 0) {
                return k;
            }
        }
        return tokens.size();
    }

    static void markClause(List<Token> tokens, int from, boolean[] mask) {
        int end = clauseEnd(tokens, from);
        for (int k = from; k < end; k++) {
            mask[k] = true;
        }
    }

    /** ", as the audit chamber had warned": "as" followed by a subject, not "as well as" or "as many as". */
    private static boolean opensClause(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && SUBJECT_STARTS.contains(tokens.get(i + 1).lower());
    }

    private static boolean isRelativePronoun(Token token) {
        return token.is("which") || token.is("who") || token.is("whose") || token.is("where") || token.is("whom");
    }

    /**
     * "projects that were never going to finish": a "that" or "which" not after a reporting verb, once the main
     * clause has shown its verb or a comma, so a relative clause inside the subject ("the report that was published
     * does not show") is left alone.
     */
    private static boolean isRestrictiveRelative(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!(token.is("that") || token.is("which") || token.is("who")) || i == 0) {
            return false;
        }
        for (int k = Math.max(0, i - COMPLEMENT_WINDOW); k < i; k++) {
            if (COMPLEMENT_TAKERS.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        if (BE.contains(tokens.get(i - 1).lower())) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (VERB_BEFORE.contains(tokens.get(k).lower()) || tokens.get(k).isPunct(',')) {
                return true;
            }
        }
        return false;
    }

    private static boolean next(List<Token> tokens, int i, String word) {
        return i + 1 < tokens.size() && tokens.get(i + 1).is(word);
    }
}
