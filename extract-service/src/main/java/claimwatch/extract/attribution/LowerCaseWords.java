package claimwatch.extract.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import claimwatch.extract.entity.Token;

/**
 * The words an article writes in lower case somewhere. Only a description that opens a sentence asks, which is
 * rare, so the set is built on the first question rather than for every article.
 */
final class LowerCaseWords {

    private final List<List<Token>> sentences;
    private Set<String> words;

    LowerCaseWords(List<List<Token>> sentences) {
        this.sentences = sentences;
    }

    boolean contains(String lower) {
        if (words == null) {
            words = new HashSet<>();
            for (List<Token> tokens : sentences) {
                for (Token token : tokens) {
                    // toLowerCase returns the same instance when nothing changes: a cheap test for all lower case.
                    if (token.isWord() && token.text() == token.lower()) {
                        words.add(token.lower());
                    }
                }
            }
        }
        return words.contains(lower);
    }
}
