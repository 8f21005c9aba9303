package claimwatch.extract.number;

import java.util.Collection;
import java.util.Set;

/**
 * A set of lower-case words that answers "is token i one of them?" without lower-casing the token: an open-addressed
 * table of word hashes, checked against the token's cached case-insensitive hash. Every extractor asks this of every
 * word, so it must cost no more than a few comparisons.
 */
public final class WordSet {

    private final Set<String> words;
    private final int[] hashes;
    private final String[] slots;
    private final int mask;

    public WordSet(Collection<String> lowerCaseWords) {
        this.words = Set.copyOf(lowerCaseWords);
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        hashes = new int[size];
        slots = new String[size];
        mask = size - 1;
        for (String word : words) {
            int slot = spread(word.hashCode()) & mask;
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = word;
            hashes[slot] = word.hashCode();
        }
    }

    /** Whether word or code token i, in any case, is in the set. */
    public boolean contains(Tokens tokens, int i) {
        if (!tokens.isWord(i) && !tokens.isCode(i)) {
            return false;
        }
        int hash = tokens.lowerHash(i);
        int slot = spread(hash) & mask;
        while (slots[slot] != null) {
            if (hashes[slot] == hash && tokens.is(i, slots[slot])) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    public boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    public Set<String> words() {
        return words;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
