package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditsLineTest {

    private final CreditsLine rule = new CreditsLine();

    @ParameterizedTest
    @ValueSource(strings = {"Reporting by Lucia Mendaro; additional reporting by Hamish Colter in London; Editing by Ana Velasco",
        "Additional reporting by Herald staff.", "Translated from Spanish by the El Faro English desk", "Editing by Hamish Colter",
        "Reporting by Lucia Mendaro; Editing by Hamish Colter", "Con información de EFE", "Traduit de l'anglais par Marc Léger",
        "Photos by Ruth Avery", "Fact-checking by the data desk"})
    void recognisesCredits(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reporting on the contract has been patchy, Carbonell said.", "The report was edited before publication, the ministry said."})
    void leavesProse(String line) {
        assertFalse(rule.matches(line), line);
    }
}
