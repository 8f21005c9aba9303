package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageSwitcherLineTest {

    private final LanguageSwitcherLine rule = new LanguageSwitcherLine();

    @ParameterizedTest
    @ValueSource(strings = {"EN | FR | DE", "EN | FR | DE | ES", "ES | EN | CA", "EN ES FR", "EN | ES", "en | fr | de",
        "EN · FR · IT", "English Español Français", "English | Deutsch", "Español", "EN / ES", "PT • EN"})
    void recognisesLanguageSwitchers(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de es en", "EN", "Europe", "EN FR DE said the minister", "Valderra | Puerto Alba | Islands",
        "English edition", "The English version of the report was published on Tuesday.", "IT budget rises"})
    void leavesOtherLines(String line) {
        assertFalse(rule.matches(line), line);
    }
}
