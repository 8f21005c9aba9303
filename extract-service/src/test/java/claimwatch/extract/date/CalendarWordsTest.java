package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.number.Tokens;

class CalendarWordsTest {

    @ParameterizedTest
    @CsvSource({"January,1", "Feb,2", "March,3", "Apr,4", "May,5", "June,6", "Jul,7", "August,8", "Sept,9", "Sep,9",
            "Oct,10", "November,11", "Dec,12", "enero,1", "marzo,3", "mayo,5", "setiembre,9", "diciembre,12",
            "janvier,1", "f\u00e9vrier,2", "mars,3", "mai,5", "ao\u00fbt,8", "d\u00e9cembre,12", "Januar,1", "M\u00e4rz,3",
            "Mai,5", "Juli,7", "Oktober,10", "Dezember,12", "MARCH,3"})
    void months(String word, int month) {
        assertEquals(month, CalendarWords.month(Tokens.of(word), 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"may", "march", "august", "june", "januar", "sept", "oct", "Mayo's", "Marching", "Mars's"})
    void notMonths(String word) {
        assertEquals(0, CalendarWords.month(Tokens.of(word), 0));
    }

    @Test
    void abbreviationsEndAfterTheirFullStop() {
        Tokens tokens = Tokens.of("Oct. 3 and March. Then");
        assertEquals(2, CalendarWords.monthEnd(tokens, 0));
        assertEquals(5, CalendarWords.monthEnd(tokens, 4));
    }

    @Test
    void weekdaysAndTheirPossessives() {
        assertEquals(DayOfWeek.MONDAY, CalendarWords.weekday(Tokens.of("Monday"), 0));
        assertEquals(DayOfWeek.TUESDAY, CalendarWords.weekday(Tokens.of("Tuesday's"), 0));
        assertEquals(DayOfWeek.SUNDAY, CalendarWords.weekday(Tokens.of("Sunday\u2019s"), 0));
        assertNull(CalendarWords.weekday(Tokens.of("monday"), 0));
        assertNull(CalendarWords.weekday(Tokens.of("Mondays"), 0));
        assertNull(CalendarWords.weekday(Tokens.of("41"), 0));
    }

    @Test
    void theWordListHasPossessivesOfWeekdaysOnly() {
        assertTrue(CalendarWords.wordsWithPossessives().contains("friday's"));
        assertTrue(CalendarWords.wordsWithPossessives().contains("octubre"));
        assertTrue(!CalendarWords.wordsWithPossessives().contains("march's"));
    }
}
