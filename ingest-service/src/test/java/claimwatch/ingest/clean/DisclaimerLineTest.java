package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisclaimerLineTest {

    private final DisclaimerLine rule = new DisclaimerLine();

    @ParameterizedTest
    @ValueSource(strings = {"Carmen Oliva is a nurse who lives on Sereno. The views expressed are her own and do not necessarily reflect those of Harbourside Voice.",
        "The opinions expressed in this column are the author's own.", "Las opiniones expresadas son responsabilidad de su autor.",
        "Les propos de cette tribune n'engagent que leur auteur.", "This article is more than 5 years old",
        "The Associated Press receives support from several private foundations. The AP is solely responsible for all content.",
        "This story was produced in partnership with the Coastal Reporting Fund."})
    void recognisesDisclaimers(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The views of islanders were split, the survey found.", "The region receives about €120 million in EU money."})
    void leavesProse(String line) {
        assertFalse(rule.matches(line), line);
    }
}
