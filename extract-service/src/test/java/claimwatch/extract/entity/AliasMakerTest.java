package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AliasMakerTest {

    @Test
    void personIsAlsoTheirSurname() {
        assertEquals(List.of("Lopez"), AliasMaker.aliases("Maria Lopez", EntityType.PERSON));
        assertEquals(List.of("Cruz"), AliasMaker.aliases("Maria de la Cruz", EntityType.PERSON));
        assertEquals(List.of(), AliasMaker.aliases("Lopez", EntityType.PERSON));
    }

    @Test
    void organisationWithoutItsTrailingOrgWords() {
        assertEquals(List.of("Aldermoor Marine", "Aldermoor"),
                AliasMaker.aliases("Aldermoor Marine Engineering", EntityType.ORGANISATION));
    }

    @Test
    void genericOrPlaceFirstWordsAreNoShortForm() {
        assertEquals(List.of("Commission"), AliasMaker.aliases("European Commission", EntityType.ORGANISATION));
        assertEquals(List.of("Bank"), AliasMaker.aliases("National Bank", EntityType.ORGANISATION));
        assertEquals(List.of("Gazette"), AliasMaker.aliases("Isla Corva Gazette", EntityType.ORGANISATION));
        assertEquals(List.of("Council"), AliasMaker.aliases("London Council", EntityType.ORGANISATION));
    }

    @Test
    void institutionIsAlsoItsHeadWord() {
        assertEquals(List.of("Centre"), AliasMaker.aliases("Centre for Coastal Transport Studies", EntityType.ORGANISATION));
        assertEquals(List.of("Government"), AliasMaker.aliases("Government of Valderra", EntityType.ORGANISATION));
    }

    @Test
    void nameWithATrailingOfPhraseIsAlsoTheNameWithoutIt() {
        assertEquals(List.of("Cámara de Cuentas", "Cámara"),
                AliasMaker.aliases("Cámara de Cuentas de Valderra", EntityType.ORGANISATION));
    }

    @Test
    void dailyOutletIsAlsoItsNameWithoutDaily() {
        assertEquals(List.of("Klaxon"), AliasMaker.aliases("The Daily Klaxon", EntityType.ORGANISATION));
    }

    @Test
    void productIsAlsoItsModelCode() {
        assertEquals(List.of("K9"), AliasMaker.aliases("K9 Thunder", EntityType.PRODUCT));
        assertEquals(List.of(), AliasMaker.aliases("F-35", EntityType.PRODUCT));
    }

    @Test
    void placesHaveNoGeneratedAliases() {
        assertEquals(List.of(), AliasMaker.aliases("Puerto Alba", EntityType.PLACE));
    }
}
