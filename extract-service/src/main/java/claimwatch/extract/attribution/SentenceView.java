package claimwatch.extract.attribution;

import java.util.List;
import java.util.Set;

import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.EntityType;
import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.Token;
import claimwatch.extract.sentence.Sentence;

/** A sentence as the attribution rules read it: its tokens, the entity each token belongs to, and what is quoted. */
final class SentenceView {

    private static final String QUOTE_MARKS = "\"\u201C\u201D\u2018\u2019'";
    private static final String BREAKS = ",;:\u2014\u2013-([";
    private static final Set<String> CONJUNCTIONS = Lexicon.of("and", "but", "or", "so", "yet");

    private final Sentence sentence;
    private final List<Token> tokens;
    private final Entity[] entityAt;
    private final boolean[] quoted;
    private final LowerCaseWords lowerCaseWords;
    private final SentenceView previous;

    /**
     * A sentence of an article whose words written in lower case anywhere are lowerCaseWords, after the sentence
     * previous (null for the first).
     */
    SentenceView(Sentence sentence, List<Token> tokens, List<Entity> entities, LowerCaseWords lowerCaseWords,
            SentenceView previous) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.lowerCaseWords = lowerCaseWords;
        this.previous = previous;
        this.entityAt = new Entity[tokens.size()];
        this.quoted = new boolean[tokens.size()];
        int k = 0;
        for (Entity entity : entities) {
            while (k < tokens.size() && tokens.get(k).start() < entity.span().start()) {
                k++;
            }
            for (int j = k; j < tokens.size() && tokens.get(j).end() <= entity.span().end(); j++) {
                entityAt[j] = entity;
            }
        }
    }

    /** Whether the article writes this word in lower case somewhere: then a capital on it only opens a sentence. */
    boolean writtenInLowerCase(String lower) {
        return lowerCaseWords.contains(lower);
    }

    /** The sentence before this one, or null. */
    SentenceView previous() {
        return previous;
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    List<Token> tokens() {
        return tokens;
    }

    boolean is(int i, String lowerCaseWord) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(lowerCaseWord);
    }

    /** The person or organisation the token belongs to, or null. */
    Entity speakerEntity(int i) {
        Entity entity = i >= 0 && i < entityAt.length ? entityAt[i] : null;
        return entity != null && (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANISATION)
                ? entity : null;
    }

    Entity entity(int i) {
        return i >= 0 && i < entityAt.length ? entityAt[i] : null;
    }

    int entityStart(int i) {
        int k = i;
        while (k > 0 && entityAt[k - 1] == entityAt[i]) {
            k--;
        }
        return k;
    }

    int entityEnd(int i) {
        int k = i;
        while (k + 1 < entityAt.length && entityAt[k + 1] == entityAt[i]) {
            k++;
        }
        return k + 1;
    }

    boolean quoted(int i) {
        return quoted[i];
    }

    void markQuoted(int i) {
        quoted[i] = true;
    }

    boolean isQuoteMark(int i) {
        Token token = tokens.get(i);
        return token.kind() == Token.Kind.PUNCT && QUOTE_MARKS.indexOf(token.text().charAt(0)) >= 0;
    }

    /** Punctuation that ends a clause or opens an aside: comma, semicolon, colon, dash, bracket, quote mark. */
    boolean isBreak(int i) {
        Token token = tokens.get(i);
        return token.kind() == Token.Kind.PUNCT && (BREAKS.indexOf(token.text().charAt(0)) >= 0 || isQuoteMark(i));
    }

    /** "he", "she", "they", "it", but not "IT" in "the IT worker". */
    boolean isPronoun(int i) {
        return i >= 0 && i < tokens.size() && !tokens.get(i).allCaps() && Words.isPronoun(tokens.get(i).lower());
    }

    boolean isConjunction(int i) {
        return i >= 0 && i < tokens.size() && CONJUNCTIONS.contains(tokens.get(i).lower());
    }

    /** The sentence text from token from to token to (exclusive). */
    String text(int from, int to) {
        return sentence.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    char charBefore(int i) {
        int at = tokens.get(i).start();
        return at == 0 ? ' ' : sentence.text().charAt(at - 1);
    }

    char charAfter(int i) {
        int at = tokens.get(i).end();
        return at >= sentence.text().length() ? ' ' : sentence.text().charAt(at);
    }
}
