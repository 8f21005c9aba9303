package claimwatch.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void lowerCasesAndDropsAccents() {
        assertEquals("puerto alba", Folding.fold("Puerto Alba"));
        assertEquals("joaquin rendal", Folding.fold("Joaquín Rendal"));
        assertEquals("navieras publicas", Folding.fold("NAVIERAS PÚBLICAS"));
    }

    @Test
    void keepsEverythingElse() {
        assertEquals("  €430 m, 23% ", Folding.fold("  €430 M, 23% "));
    }
}
