package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    @ParameterizedTest
    @ValueSource(strings = {"british", "norwegian", "british-norwegian", "franco-german", "kenyan", "european"})
    void nationalitiesIncludingCompounds(String word) {
        assertTrue(CommonWords.isNationality(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"britain", "british-made", "hybrid-electric", "aldermoor", ""})
    void notNationalities(String word) {
        assertFalse(CommonWords.isNationality(word), word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Meridian Wire            | true
            The Financial Times      | true
            Harbor Times             | true
            The Daily Klaxon         | true
            Daily Klaxon             | true
            Reuters                  | true
            The Alba Coast Courier   | true
            Ferry & Fleet Review     | true
            Aldermoor Marine         | false
            Times                    | false
            Klaxon                   | false
            El Faro de Valderra      | false
            """)
    void outletsByName(String name, boolean outlet) {
        assertEquals(outlet, OrganisationWords.looksLikeOutlet(name), name);
    }

    @Test
    void knownAcronymsCarryTheirNameAndType() {
        assertEquals("European Union", OrganisationWords.knownAcronym("EU").getKey());
        assertEquals(EntityType.PLACE, OrganisationWords.knownAcronym("U.S.").getValue());
        assertEquals(null, OrganisationWords.knownAcronym("CEO"));
    }

    @Test
    void gazetteerHasCountriesCapitalsAndRegionsButNotInventedPlaces() {
        assertTrue(PlaceNames.isKnown("Norway"));
        assertTrue(PlaceNames.isKnown("Lisbon"));
        assertTrue(PlaceNames.isKnown("Middle East"));
        assertTrue(PlaceNames.isKnown("The Hague"));
        assertFalse(PlaceNames.isKnown("Valderra"));
        assertFalse(PlaceNames.isKnown("norway"));
    }

    @Test
    void titlesRolesAndModifiers() {
        assertTrue(PersonWords.isTitle("dr."));
        assertTrue(PersonWords.isTitle("minister"));
        assertTrue(PersonWords.isTitleModifier("prime"));
        assertFalse(PersonWords.isTitle("prime"));
        assertTrue(PersonWords.isRole("spokeswoman"));
        assertTrue(PersonWords.isRole("ceo"));
        assertFalse(PersonWords.isRole("ferry"));
    }

    @Test
    void calendarWordsButNotNamesThatLookLikeThem() {
        assertTrue(CommonWords.isCalendar("monday"));
        assertTrue(CommonWords.isCalendar("oct."));
        assertFalse(CommonWords.isCalendar("may"));
        assertFalse(CommonWords.isCalendar("jan"));
    }
}
