package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordSetTest {

    private final WordSet set = new WordSet(List.of("between", "from", "dozen", "k9"));

    @Test
    void matchesWordsInAnyCase() {
        Tokens tokens = Tokens.of("Between FROM dozen fromm betwee");
        assertTrue(set.contains(tokens, 0));
        assertTrue(set.contains(tokens, 1));
        assertTrue(set.contains(tokens, 2));
        assertFalse(set.contains(tokens, 3));
        assertFalse(set.contains(tokens, 4));
    }

    @Test
    void matchesCodesButNotNumbersOrSymbols() {
        Tokens tokens = Tokens.of("K9 9 %");
        assertTrue(set.contains(tokens, 0));
        assertFalse(set.contains(tokens, 1));
        assertFalse(set.contains(tokens, 2));
        assertFalse(set.contains(tokens, 3));
        assertFalse(set.contains(tokens, -1));
    }

    @Test
    void agreesWithAPlainSetOnManyWords() {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < 3000; k++) {
            words.add("w" + Integer.toString(k, 36));
        }
        Set<String> members = Set.copyOf(words.subList(0, 100));
        WordSet large = new WordSet(members);
        Tokens tokens = Tokens.of(String.join(" ", words).toUpperCase());
        int found = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean expected = members.contains(tokens.lower(i));
            assertEquals(expected, large.contains(tokens, i), tokens.lower(i));
            found += expected ? 1 : 0;
        }
        assertEquals(100, found);
    }

    @Test
    void stringLookupAndWords() {
        assertTrue(set.contains("dozen"));
        assertFalse(set.contains("Dozen"));
        assertEquals(Set.of("between", "from", "dozen", "k9"), set.words());
    }
}
