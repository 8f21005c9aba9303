package claimwatch.extract.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ModalityReadingTest {

    @Test
    void assertedHasNoCue() {
        assertEquals(new ModalityReading(Modality.ASSERTED, null), ModalityReading.ASSERTED);
        assertThrows(IllegalArgumentException.class, () -> new ModalityReading(Modality.ASSERTED, "not"));
    }

    @Test
    void everyOtherModalityHasACue() {
        assertThrows(IllegalArgumentException.class, () -> new ModalityReading(Modality.NEGATED, null));
        assertThrows(IllegalArgumentException.class, () -> new ModalityReading(Modality.HEDGED, null));
        assertThrows(NullPointerException.class, () -> new ModalityReading(null, null));
    }

    @Test
    void jsonUsesLowerCaseLabels() throws Exception {
        assertEquals("{\"value\":\"conditional\",\"cue\":\"if\"}",
                new ObjectMapper().writeValueAsString(new ModalityReading(Modality.CONDITIONAL, "if")));
        assertEquals(List.of("asserted", "hedged", "conditional", "negated"),
                List.of(Modality.values()).stream().map(Modality::label).toList());
    }
}
