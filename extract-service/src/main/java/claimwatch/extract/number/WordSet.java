package claimwatch.extract.number;

import java.util.Collection;
import java.util.Set;

/**
 * A set of lower-case words that answers "is token i one of them?" cheaply: a bit table of word hashes rejects almost
 * every other word before it is lower-cased, which matters because every extractor asks this of every word.
 */
public final class WordSet {

    private static final int BITS = 1 << 12;

    private final Set<String> words;
    private final long[] hashBits = new long[BITS / Long.SIZE];

    public WordSet(Collection<String> lowerCaseWords) {
        this.words = Set.copyOf(lowerCaseWords);
        for (String word : words) {
            int bit = word.hashCode() & (BITS - 1);
            hashBits[bit >>> 6] |= 1L << bit;
        }
    }

    /** Whether word or code token i, in any case, is in the set. */
    public boolean contains(Tokens tokens, int i) {
        if (!tokens.isWord(i) && !tokens.isCode(i)) {
            return false;
        }
        int bit = tokens.lowerHash(i) & (BITS - 1);
        if ((hashBits[bit >>> 6] & 1L << bit) == 0) {
            return false;
        }
        return words.contains(tokens.lower(i));
    }

    public boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    public Set<String> words() {
        return words;
    }
}
