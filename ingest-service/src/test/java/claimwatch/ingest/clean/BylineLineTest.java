package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylineLineTest {

    private final BylineLine rule = new BylineLine();

    @ParameterizedTest
    @ValueSource(strings = {"By Henrik Aasland, Technical Editor", "By Lucia Mendaro", "by Tom Whitcombe and Sofia Reyes",
        "Priya Natarajan, Industry Correspondent", "Von Anna Krüger", "Por Redacción Diario del Sur"})
    void recognisesBylines(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the end of March, Aldermoor expects to begin cutting steel.", "Katrien De Wolf",
        "By Monday, the region will sign", "Joaquin Rendal, Valderra's regional minister for infrastructure and mobility, said on Monday."})
    void leavesOtherLines(String line) {
        assertFalse(rule.matches(line), line);
    }
}
