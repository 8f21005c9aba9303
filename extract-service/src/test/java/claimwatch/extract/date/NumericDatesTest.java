package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.number.Tokens;

class NumericDatesTest {

    private static Optional<DateCandidate> read(String text) {
        return NumericDates.at(Tokens.of(text), 0);
    }

    private static String fixed(DateCandidate date) {
        return date.kind() + " " + date.year() + "-" + date.month() + "-" + date.day() + " " + date.end();
    }

    @ParameterizedTest
    @CsvSource({"2024-03-12,FIXED 2024-3-12 5", "1999-12-31,FIXED 1999-12-31 5", "25/03/2024,FIXED 2024-3-25 5",
            "03/25/2024,FIXED 2024-3-25 5", "12/12/2024,FIXED 2024-12-12 5", "05/06/2024,AMBIGUOUS_NUMERIC 2024-5-6 5",
            "25/03/24,FIXED 2024-3-25 5", "12.03.2024,FIXED 2024-3-12 1", "1.3.2024,FIXED 2024-3-1 1"})
    void numericDates(String text, String expected) {
        assertEquals(expected, fixed(read(text).orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-3-12", "2024-13-01", "2024-02-30", "13/13/2024", "32/01/2024", "12/03", "24/7",
            "1.2.3", "2024", "12.03.24", "1,200", "4.5", "12/03/2024/5", "2024-03-12-7"})
    void notNumericDates(String text) {
        assertTrue(read(text).isEmpty(), text);
    }

    @Test
    void validity() {
        assertTrue(NumericDates.valid(2024, 2, 29));
        assertFalse(NumericDates.valid(2023, 2, 29));
        assertFalse(NumericDates.valid(2024, 0, 1));
        assertFalse(NumericDates.valid(2024, 4, 31));
        assertFalse(NumericDates.valid(999, 1, 1));
    }
}
