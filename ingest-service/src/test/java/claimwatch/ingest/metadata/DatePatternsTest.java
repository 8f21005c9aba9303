package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class DatePatternsTest {

    @Test
    void findsEveryDateInALineInOrderWithItsPosition() {
        List<DatePatterns.Found> found = DatePatterns.find("Published: 19:40, 11 Mar 2024 | Updated: 20:15, 12 Mar 2024");
        assertEquals(2, found.size());
        assertEquals("11 Mar 2024", found.get(0).text());
        assertEquals(18, found.get(0).start());
        assertEquals(OffsetDateTime.parse("2024-03-12T00:00Z"), found.get(1).dateTime());
    }

    @Test
    void oneDateIsNotReadTwiceByTwoPatterns() {
        assertEquals(1, DatePatterns.find("Tuesday, March 12, 2024").size());
        assertEquals(1, DatePatterns.find("12 March 2024").size());
    }

    @Test
    void aDayNumberBelongsToTheNearestMonth() {
        List<DatePatterns.Found> found = DatePatterns.find("Oct. 3, 2023 and 4 November 2023");
        assertEquals(List.of(OffsetDateTime.parse("2023-10-03T00:00Z"), OffsetDateTime.parse("2023-11-04T00:00Z")),
                found.stream().map(DatePatterns.Found::dateTime).toList());
    }

    @Test
    void numbersWithoutMonthsAreNoDates() {
        assertTrue(DatePatterns.find("Kiprono finished in 2:07:58 and 9,812 runners started in 2024").isEmpty());
        assertTrue(DatePatterns.find("Price 1.0925 and 17,746.3").isEmpty());
    }

    @Test
    void aTwelveHourClockIsConverted() {
        assertEquals(OffsetDateTime.parse("2024-03-11T00:05+01:00"), DatePatterns.find("March 11, 2024 12:05 AM GMT+1").get(0).dateTime());
        assertEquals(OffsetDateTime.parse("2024-03-11T12:05+01:00"), DatePatterns.find("March 11, 2024 12:05 PM GMT+1").get(0).dateTime());
    }

    @Test
    void aTimeWithoutZoneLeavesTheDateAtMidnight() {
        assertEquals(OffsetDateTime.parse("2024-03-12T00:00Z"), DatePatterns.find("Posted 12/03/2024 at 08:05").get(0).dateTime());
    }
}
