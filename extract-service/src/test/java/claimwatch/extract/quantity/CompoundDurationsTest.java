package claimwatch.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.number.Tokens;

class CompoundDurationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2:07:58|7678|2:07:58|exact", "0:59:59|3599|0:59:59|exact",
            "10:00:01|36001|10:00:01|exact", "under 2:10:00|7800|under 2:10:00|less-than"})
    void clockStyleDurationsInSeconds(String text, double seconds, String span, String qualifier) {
        Tokens tokens = Tokens.of(text);
        int first = tokens.is(0, "under") ? 1 : 0;
        Quantity quantity = CompoundDurations.clockDuration(tokens, first).orElseThrow();
        assertEquals(seconds, quantity.value());
        assertEquals("seconds", quantity.unit());
        assertEquals("time", quantity.key());
        assertEquals(span, quantity.text());
        assertEquals(qualifier, quantity.qualifier().label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10:30", "2:07", "2:60:00", "2:07:60", "123:07:58", "2:7:58", "1:02:03:04", "2.07.58"})
    void notClockStyleDurations(String text) {
        assertTrue(CompoundDurations.clockDuration(Tokens.of(text), 0).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4 hours 11 minutes|2|251|4", "4 hours and 11 minutes|2|251|5",
            "two hours thirty|2|150|3", "1 hour 59 minutes|2|119|4"})
    void minutesAfterHours(String text, int afterHours, double minutes, int end) {
        Tokens tokens = Tokens.of(text);
        double hours = text.startsWith("two") ? 2 : text.startsWith("1 ") ? 1 : 4;
        CompoundDurations.Extension extension = CompoundDurations.minutesAfterHours(tokens, afterHours, hours).orElseThrow();
        assertEquals(minutes, extension.minutes());
        assertEquals(end, extension.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4 hours 11 seconds", "4 hours 90 minutes", "4 hours 11", "4 hours later", "4 hours thirty people"})
    void noMinutesAfterHours(String text) {
        Optional<CompoundDurations.Extension> extension = CompoundDurations.minutesAfterHours(Tokens.of(text), 2, 4);
        assertTrue(extension.isEmpty(), text);
    }
}
