package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"the", "at", "of", "and", "which", "they", "were", "will", "said", "according", "monday",
            "march", "yesterday", "last", "per", "than"})
    void stopWordsEndANounPhrase(String word) {
        assertTrue(FunctionWords.isStop(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ferries", "new", "hybrid", "jobs", "other", "roughly", "fully", "k9", "pages"})
    void contentWordsDoNot(String word) {
        assertFalse(FunctionWords.isStop(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"in", "about", "only", "roughly", "fully", "exactly", "tuesday"})
    void neverNames(String word) {
        assertTrue(FunctionWords.isNeverName(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vision", "apollo", "route", "boeing"})
    void mayBeNames(String word) {
        assertFalse(FunctionWords.isNeverName(word));
    }

    @Test
    void determinersIncludePossessives() {
        assertTrue(FunctionWords.isDeterminer("the"));
        assertTrue(FunctionWords.isDeterminer("its"));
        assertTrue(FunctionWords.isDeterminer("npv's"));
        assertTrue(FunctionWords.isDeterminer("valderra\u2019s"));
        assertFalse(FunctionWords.isDeterminer("ferry"));
        assertFalse(FunctionWords.isDeterminer("other"));
    }
}
