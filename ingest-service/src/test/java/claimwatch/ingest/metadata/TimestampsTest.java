package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "2024-03-12T06:00:00+00:00#2024-03-12T06:00Z",
        "2024-03-11T14:10:00+01:00#2024-03-11T14:10+01:00",
        "2024-03-11T14:10:00Z#2024-03-11T14:10Z",
        "2024-03-11T14:10:00.123+01:00#2024-03-11T14:10:00.123+01:00",
        "2024-03-11T14:10:00+0100#2024-03-11T14:10+01:00",
        "2024-03-11 14:10:00+01:00#2024-03-11T14:10+01:00",
        "2024-03-11T14:10:00#2024-03-11T14:10Z",
        "2024-03-14#2024-03-14T00:00Z",
        "Tue, 12 Mar 2024 06:00:00 GMT#2024-03-12T06:00Z",
        "March 12, 2024#2024-03-12T00:00Z",
        "  2024-05-07T13:20:00-03:00 #2024-05-07T13:20-03:00"})
    void readsTheFormatsPagesUse(String value, String expected) {
        assertEquals(Optional.of(OffsetDateTime.parse(expected)), Timestamps.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "not a date", "2024-02-30"})
    void unreadableValuesAreEmpty(String value) {
        assertEquals(Optional.empty(), Timestamps.parse(value));
    }

    @Test
    void nullIsEmpty() {
        assertEquals(Optional.empty(), Timestamps.parse(null));
    }

    @ParameterizedTest
    @CsvSource({"+1,3600", "+01:00,3600", "-0300,-10800", "+05:30,19800", "−2,-7200", "Z,0", "z,0"})
    void readsOffsets(String text, int seconds) {
        assertEquals(ZoneOffset.ofTotalSeconds(seconds), Timestamps.offset(text));
    }
}
