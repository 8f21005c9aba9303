package claimwatch.api.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhrasesTest {

    @ParameterizedTest
    @ValueSource(strings = { "\"ferry contract\"", "hybrid-electric", "Puerto Alba \"regional minister\" -strike", "3.5 billion", "\"unbalanced" })
    void phrasesAreFound(String q) {
        assertTrue(Phrases.present(q), q);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ferry contract", "ferry -strike", "ferry or vessel", "€430m", "- ferry", "a & b | !c" })
    void wordsAreNotPhrases(String q) {
        assertFalse(Phrases.present(q), q);
    }
}
