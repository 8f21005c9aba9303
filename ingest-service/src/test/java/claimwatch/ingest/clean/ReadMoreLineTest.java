package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadMoreLineTest {

    private final ReadMoreLine rule = new ReadMoreLine();

    @ParameterizedTest
    @ValueSource(strings = {"READ MORE: Cruise ship hit by SICKNESS outbreak as 300 fall ill", "Read more:", "READ MORE",
        "WATCH: Moment ferry breaks down mid-crossing", "See also: Aldermoor eyes southern Europe", "Lire aussi : Tatihou a accueilli un nombre record de visiteurs",
        "Te puede interesar: Avanzan las obras del nuevo muelle", "Mehr zum Thema: Alte Fähre fällt erneut aus", "Related: Ports face 2030 deadline",
        "Gallery: life on the Marigold (8 photos)", "Más información"})
    void recognisesPromotions(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more carefully, the report shows that the cost rose 23%.", "Watchdogs said the tender was too short.",
        "Related parties must declare their interests, the audit chamber said."})
    void leavesProse(String line) {
        assertFalse(rule.matches(line), line);
    }
}
