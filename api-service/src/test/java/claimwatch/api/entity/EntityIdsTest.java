package claimwatch.api.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class EntityIdsTest {

    @Test
    void accentsAndCaseDoNotMakeAnotherEntity() {
        assertEquals(EntityIds.of("person", "Joaquin Rendal"), EntityIds.of("person", "Joaquín Rendal"));
        assertEquals(EntityIds.of("organisation", "Navieras Publicas de Valderra"), EntityIds.of("organisation", "NAVIERAS PÚBLICAS DE VALDERRA"));
    }

    @Test
    void theTypeAndTheLettersStillTell() {
        assertNotEquals(EntityIds.of("person", "Rendal"), EntityIds.of("organisation", "Rendal"));
        assertNotEquals(EntityIds.of("person", "Ines Carbonell"), EntityIds.of("person", "Ines Carbonel"));
    }

    @Test
    void idsAreSixteenHexDigits() {
        assertEquals(16, EntityIds.of("place", "Puerto Alba").length());
    }
}
