package claimwatch.extract.entity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Word lists for the extraction rules, looked up once per token or more, so the cheapest lookup matters. */
public final class Lexicon {

    private Lexicon() {
    }

    /**
     * The words as a set that is never changed after it is built. A HashSet, not Set.of: its power-of-two table
     * finds a word with a mask where Set.of's probing needs a division, and lookups are most of the rules' work.
     */
    public static Set<String> of(String... words) {
        return new HashSet<>(Arrays.asList(words));
    }
}
