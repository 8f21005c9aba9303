package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NameRegistryTest {

    private final NameRegistry registry = new NameRegistry();

    @Test
    void strongEvidenceOverridesWeak() {
        registry.register("Navieras Publicas de Valderra", EntityType.PERSON, false);
        registry.register("Navieras Publicas de Valderra", EntityType.ORGANISATION, true);
        assertEquals(EntityType.ORGANISATION, registry.lookup("Navieras Publicas de Valderra").orElseThrow().type());
    }

    @Test
    void weakEvidenceNeverOverridesStrong() {
        registry.register("Corva", EntityType.PLACE, true);
        registry.register("Corva", EntityType.PERSON, false);
        assertEquals(EntityType.PLACE, registry.lookup("Corva").orElseThrow().type());
    }

    @Test
    void surnameOfAWeakGuessIsDroppedWhenTheGuessTurnsOutAnOrganisation() {
        registry.register("Navieras Valderra", EntityType.PERSON, false);
        assertEquals("Navieras Valderra", registry.lookup("Valderra").orElseThrow().canonical());
        registry.register("Navieras Valderra", EntityType.ORGANISATION, true);
        assertTrue(registry.lookup("Valderra").isEmpty());
    }

    @Test
    void strongNameReplacesAnAliasOfAnotherType() {
        registry.register("Mar Valderra", EntityType.PERSON, false);
        registry.register("Valderra", EntityType.PLACE, true);
        assertEquals(EntityType.PLACE, registry.lookup("Valderra").orElseThrow().type());
    }

    @Test
    void shorterNameOfTheSameTypeBecomesAnAlias() {
        registry.register("Lopez", EntityType.PERSON, true);
        registry.register("Maria Lopez", EntityType.PERSON, false);
        assertEquals("Maria Lopez", registry.lookup("Lopez").orElseThrow().canonical());
        assertEquals(Map.of("Lopez", "Maria Lopez"), registry.aliasMap());
    }

    @Test
    void aliasClaimedByTwoNamesIsDropped() {
        registry.register("Maria Lopez", EntityType.PERSON, false);
        registry.register("Juan Lopez", EntityType.PERSON, false);
        assertTrue(registry.lookup("Lopez").isEmpty());
        assertFalse(registry.aliasMap().containsKey("Lopez"));
    }

    @Test
    void definedAcronymSurvivesATypeChange() {
        registry.register("Navieras Publicas de Valderra", EntityType.PERSON, false);
        registry.defineAlias("NPV", "Navieras Publicas de Valderra");
        registry.register("Navieras Publicas de Valderra", EntityType.ORGANISATION, true);
        assertEquals("Navieras Publicas de Valderra", registry.lookup("NPV").orElseThrow().canonical());
    }

    @Test
    void leadingTheIsNotPartOfTheKey() {
        registry.register("The Daily Klaxon", EntityType.ORGANISATION, true);
        assertEquals("The Daily Klaxon", registry.lookup("Daily Klaxon").orElseThrow().canonical());
        assertEquals("The Daily Klaxon", registry.lookup("Klaxon").orElseThrow().canonical());
        assertEquals("The Daily Klaxon", registry.aliasMap().get("Daily Klaxon"));
    }

    @Test
    void capitalsResolveThroughTheTitleCaseName() {
        registry.register("Puerto Alba", EntityType.PLACE, true);
        assertEquals("Puerto Alba", registry.lookup("PUERTO ALBA").orElseThrow().canonical());
    }

    @Test
    void unknownNameIsEmpty() {
        assertTrue(registry.lookup("Nobody").isEmpty());
    }
}
