package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void splitsOnAnythingButLettersAndDigits() {
        assertEquals(List.of("valderra", "signs", "430", "million", "ferry", "contract"),
                Words.of("Valderra signs €430-million ferry\ncontract."));
    }

    @Test
    void foldsAccentsAndDropsApostrophes() {
        assertEquals(List.of("joaquin", "rendal", "and", "the", "regions", "camara", "de", "cuentas"),
                Words.of("Joaquín Rendal and the region’s Cámara de Cuentas"));
        assertEquals(List.of("dont", "rock"), Words.of("don't rock"));
    }

    @Test
    void compatibilityFormsAreFolded() {
        assertEquals(Words.of("fine file"), Words.of("ﬁne ﬁle"));
    }

    @Test
    void keepsNonLatinLetters() {
        assertEquals(List.of("παράδειγμα".replace("ά", "α"), "例え"), Words.of("Παράδειγμα, 例え"));
    }

    @Test
    void shinglesSlideOneWordAtATime() {
        long[] shingles = Words.shingleHashes(List.of("a", "b", "c", "d"), 3);
        assertEquals(2, shingles.length);
        assertEquals(Words.shingleHashes(List.of("b", "c", "d"), 3)[0], shingles[1]);
        assertNotEquals(shingles[0], shingles[1]);
    }

    @Test
    void shingleHashDependsOnOrder() {
        assertNotEquals(Words.shingleHashes(List.of("a", "b", "c"), 3)[0], Words.shingleHashes(List.of("c", "b", "a"), 3)[0]);
    }

    @Test
    void shortAndEmptyInputs() {
        assertEquals(1, Words.shingleHashes(List.of("a", "b"), 3).length);
        assertEquals(0, Words.shingleHashes(List.of(), 3).length);
        assertEquals(List.of(), Words.of(""));
    }
}
