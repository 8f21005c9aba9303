package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WordOverlapTest {

    @Test
    void countsSharedWordsAsMultisets() {
        WordOverlap overlap = WordOverlap.of("the the ferry Share", "The ferry, the ferry.");
        assertEquals(new WordOverlap(3, 4, 4), overlap);
        assertEquals(0.75, overlap.precision(), 1e-9);
        assertEquals(0.75, overlap.recall(), 1e-9);
    }

    @Test
    void punctuationAndCaseAreIgnored() {
        assertEquals(Map.of("aldermoor", 1, "s", 1, "430m", 1), WordOverlap.bag("Aldermoor's €430m!"));
    }

    @Test
    void totalsAreMicroAveraged() {
        WordOverlap total = WordOverlap.of("a b", "a b").plus(WordOverlap.of("c d e f", "c x"));
        assertEquals(new WordOverlap(3, 6, 4), total);
        assertEquals(0.5, total.precision(), 1e-9);
    }

    @Test
    void emptyTextsGiveZeroNotNaN() {
        assertEquals(0.0, WordOverlap.NONE.precision());
        assertEquals(0.0, WordOverlap.of("", "gold").precision());
        assertEquals(0.0, WordOverlap.of("text", "").recall());
    }
}
