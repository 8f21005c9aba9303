package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarWordsTest {

    @ParameterizedTest
    @CsvSource({"March,3", "mar,3", "Mar.,3", "MARCH,3", "marzo,3", "mars,3", "März,3", "MÄRZ,3", "maerz,3", "août,8", "aout,8",
        "Dezember,12", "décembre,12", "Sept.,9", "setiembre,9", "Jänner,1", "févr.,2", "okt,10", "dic,12", "mayo,5", "Mai,5", "juin,6"})
    void monthsInFourLanguages(String word, int month) {
        assertEquals(Optional.of(month), CalendarWords.month(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Marathon", "Monday", "ma", "", "2024", "Mayor"})
    void otherWordsAreNoMonths(String word) {
        assertEquals(Optional.empty(), CalendarWords.month(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Monday", "Tue", "miércoles", "Miercoles", "sábado", "jeudi", "Donnerstag", "SUNDAY"})
    void weekdays(String word) {
        assertTrue(CalendarWords.isWeekday(word));
    }

    @Test
    void aMonthIsNoWeekday() {
        assertFalse(CalendarWords.isWeekday("March"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published", "updated", "GMT", "hace", "meses", "Monaten", "il", "ago", "Uhr", "actualizado", "publié", "March", "Friday"})
    void timestampWords(String word) {
        assertTrue(CalendarWords.isTimestampWord(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Puerto", "Alba", "ferry", "minister", "Northgate"})
    void otherWordsAreNoTimestampWords(String word) {
        assertFalse(CalendarWords.isTimestampWord(word), word);
    }

    @Test
    void foldingDropsAccentsAndCase() {
        assertEquals("miercoles", CalendarWords.fold("MIÉRCOLES"));
        assertEquals("marz", CalendarWords.fold("März"));
    }
}
