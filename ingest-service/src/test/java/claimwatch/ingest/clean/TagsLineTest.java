package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagsLineTest {

    private final TagsLine rule = new TagsLine();

    @ParameterizedTest
    @ValueSource(strings = {"Tagged ferries, NPV, Aldermoor", "Topics: Battery-hybrid Ro-pax Southern Europe", "Etiquetas: NPV Aldermoor Parlamento de Valderra",
        "Tags: ferries, islands", "Schlagwörter: Fähre, Wendholm, Stadtrat", "More about: Ferries Norfolk", "Mots-clés : ferries, Tatihou"})
    void recognisesTagLists(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Topics discussed at the meeting included the ferry timetable.", "Tags on the cattle showed they came from Corva.",
        "Temas como la vivienda dominaron el debate en el parlamento."})
    void leavesProse(String line) {
        assertFalse(rule.matches(line), line);
    }
}
