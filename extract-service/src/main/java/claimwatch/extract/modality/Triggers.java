package claimwatch.extract.modality;

import java.util.List;
import java.util.Set;

import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.Token;

/**
 * Every word that can start a negation, condition or hedge. Most sentences contain none, and one look-up per
 * token tells so before the clause rules run.
 */
final class Triggers {

    private static final Set<String> WORDS = Lexicon.of("not", "cannot", "never", "neither", "nor", "none", "nothing",
            "nobody", "no-one", "without", "denied", "denies", "deny", "denying", "no", "if", "unless", "provided",
            "providing", "condition", "long", "event", "reportedly", "allegedly", "could", "might", "may", "possibly",
            "probably", "perhaps", "maybe", "likely", "unlikely", "apparently", "supposedly", "purportedly",
            "presumably", "rumoured", "rumored", "expects", "suggests", "suggest", "suggested", "would", "expected",
            "almost", "appears", "appear", "appeared", "seems", "seem", "seemed", "believed", "thought",
            "understood", "said", "reported", "alleged", "rule", "ruled");

    private Triggers() {
    }

    static boolean any(List<Token> tokens) {
        for (Token token : tokens) {
            if (token.isWord() && (WORDS.contains(token.lower()) || NegationCues.isNegator(token.lower()))) {
                return true;
            }
        }
        return false;
    }
}
