package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.extract.date.DateCandidate.Kind;

class DateResolverTest {

    /** Tuesday 12 March 2024. */
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-03-12T09:00:00+01:00");

    private static String value(DateCandidate date, DateRole role, Tense tense) {
        return DateResolver.value(date, role, tense, PUBLISHED);
    }

    private static DateCandidate day(int month, int day) {
        return new DateCandidate(0, 1, Kind.NO_YEAR, 0, month, day, Granularity.DAY, 0);
    }

    private static DateCandidate month(int month, int offset) {
        return new DateCandidate(0, 1, Kind.NO_YEAR, 0, month, 0, Granularity.MONTH, offset);
    }

    private static DateCandidate relative(Kind kind, Granularity granularity, int offset) {
        return DateCandidate.relative(0, 1, kind, granularity, offset);
    }

    @Nested
    class Fixed {

        @Test
        void formatsEachGranularity() {
            assertEquals("2024-03-05", value(DateCandidate.fixed(0, 1, 2024, 3, 5), DateRole.EVENT, Tense.NONE));
            assertEquals("2023-11", value(DateCandidate.fixed(0, 1, 2023, 11, 0), DateRole.EVENT, Tense.NONE));
            assertEquals("1998", value(DateCandidate.fixed(0, 1, 1998, 0, 0), DateRole.EVENT, Tense.NONE));
        }

        @Test
        void fixedDatesNeedNoPublicationDate() {
            assertEquals("2022", DateResolver.value(DateCandidate.fixed(0, 1, 2022, 0, 0), DateRole.EVENT, Tense.NONE, null));
        }

        @Test
        void anImpossibleDayHasNoValue() {
            assertNull(value(DateCandidate.fixed(0, 1, 2023, 2, 29), DateRole.EVENT, Tense.NONE));
        }
    }

    @Nested
    class DaysWithoutAYear {

        @ParameterizedTest
        @CsvSource({"10,3,NONE,EVENT,2024-10-03", "10,3,PAST,EVENT,2023-10-03", "10,3,FUTURE,EVENT,2024-10-03",
                "10,3,NONE,SINCE,2023-10-03", "10,3,NONE,DEADLINE,2024-10-03", "3,5,PAST,EVENT,2024-03-05",
                "3,5,NONE,EVENT,2024-03-05", "3,5,FUTURE,EVENT,2025-03-05", "3,5,NONE,DEADLINE,2025-03-05",
                "3,14,PAST,EVENT,2024-03-14", "3,15,PAST,EVENT,2023-03-15", "3,10,FUTURE,EVENT,2024-03-10",
                "3,9,FUTURE,EVENT,2025-03-09", "1,1,NONE,EVENT,2024-01-01", "12,31,PAST,EVENT,2023-12-31"})
        void publicationYearWithPastAndFutureCorrections(int month, int day, Tense tense, DateRole role, String expected) {
            assertEquals(expected, value(day(month, day), role, tense));
        }

        @Test
        void leapDayInAYearWithout() {
            OffsetDateTime published = OffsetDateTime.parse("2025-03-12T09:00:00+01:00");
            assertEquals("2024-02-29", DateResolver.value(day(2, 29), DateRole.EVENT, Tense.PAST, published));
        }

        @Test
        void anExplicitRelativeYear() {
            DateCandidate lastYear = new DateCandidate(0, 1, Kind.YEAR_FROM_PUBLISHED, 0, 10, 3, Granularity.DAY, -1);
            assertEquals("2023-10-03", value(lastYear, DateRole.EVENT, Tense.NONE));
            DateCandidate thisYear = new DateCandidate(0, 1, Kind.YEAR_FROM_PUBLISHED, 0, 2, 0, Granularity.MONTH, 0);
            assertEquals("2024-02", value(thisYear, DateRole.EVENT, Tense.NONE));
        }

        @Test
        void noPublicationNoValue() {
            assertNull(DateResolver.value(day(10, 3), DateRole.EVENT, Tense.PAST, null));
        }
    }

    @Nested
    class MonthsWithoutAYear {

        @ParameterizedTest
        @CsvSource({"10,0,NONE,EVENT,2024-10", "10,0,PAST,EVENT,2023-10", "10,0,NONE,SINCE,2023-10",
                "1,0,FUTURE,EVENT,2025-01", "1,0,NONE,DEADLINE,2025-01", "1,0,PAST,EVENT,2024-01",
                "3,0,PAST,EVENT,2024-03", "3,0,FUTURE,EVENT,2024-03", "3,-1,NONE,EVENT,2023-03",
                "4,-1,NONE,EVENT,2023-04", "2,-1,NONE,EVENT,2024-02", "3,1,NONE,EVENT,2025-03", "4,1,NONE,EVENT,2024-04",
                "2,1,NONE,EVENT,2025-02"})
        void lastAndNextAndTense(int month, int offset, Tense tense, DateRole role, String expected) {
            assertEquals(expected, value(month(month, offset), role, tense));
        }
    }

    @Nested
    class Relative {

        @Test
        void days() {
            assertEquals("2024-03-11", value(relative(Kind.DAYS_FROM_PUBLISHED, Granularity.DAY, -1), DateRole.EVENT, Tense.NONE));
            assertEquals("2024-02-27", value(relative(Kind.DAYS_FROM_PUBLISHED, Granularity.DAY, -14), DateRole.EVENT, Tense.NONE));
        }

        @Test
        void hoursCrossMidnight() {
            OffsetDateTime justAfterMidnight = OffsetDateTime.parse("2024-03-12T01:00:00+01:00");
            assertEquals("2024-03-11", DateResolver.value(relative(Kind.HOURS_FROM_PUBLISHED, Granularity.DAY, -2),
                    DateRole.EVENT, Tense.NONE, justAfterMidnight));
        }

        @Test
        void weeksMonthsAndYears() {
            assertEquals("2024-03", value(relative(Kind.WEEKS_FROM_PUBLISHED, Granularity.MONTH, -1), DateRole.EVENT, Tense.NONE));
            assertEquals("2023-12", value(relative(Kind.MONTHS_FROM_PUBLISHED, Granularity.MONTH, -3), DateRole.EVENT, Tense.NONE));
            assertEquals("2019", value(relative(Kind.YEARS_FROM_PUBLISHED, Granularity.YEAR, -5), DateRole.EVENT, Tense.NONE));
        }

        @Test
        void lastWeekCanBeLastMonth() {
            OffsetDateTime published = OffsetDateTime.parse("2024-03-04T09:00:00Z");
            assertEquals("2024-02", DateResolver.value(relative(Kind.WEEKS_FROM_PUBLISHED, Granularity.MONTH, -1),
                    DateRole.EVENT, Tense.NONE, published));
        }

        @Test
        void theCalendarDateIsTakenInItsOwnOffset() {
            OffsetDateTime lateInNewYork = OffsetDateTime.parse("2024-03-11T23:30:00-05:00");
            assertEquals("2024-03-11", DateResolver.value(relative(Kind.DAYS_FROM_PUBLISHED, Granularity.DAY, 0),
                    DateRole.EVENT, Tense.NONE, lateInNewYork));
        }

        @Test
        void unanchoredDaysHaveNoValue() {
            assertNull(value(relative(Kind.UNANCHORED, Granularity.DAY, 0), DateRole.EVENT, Tense.NONE));
        }
    }

    @Nested
    class Weekdays {

        private DateCandidate weekday(DayOfWeek day, int offset) {
            return new DateCandidate(0, 1, Kind.WEEKDAY, 0, 0, day.getValue(), Granularity.DAY, offset);
        }

        @ParameterizedTest
        @CsvSource({"MONDAY,0,NONE,2024-03-11", "TUESDAY,0,NONE,2024-03-12", "WEDNESDAY,0,NONE,2024-03-06",
                "SUNDAY,0,PAST,2024-03-10", "FRIDAY,0,FUTURE,2024-03-15", "TUESDAY,0,FUTURE,2024-03-12",
                "TUESDAY,-1,NONE,2024-03-05", "MONDAY,-1,NONE,2024-03-11", "TUESDAY,1,NONE,2024-03-19",
                "WEDNESDAY,1,PAST,2024-03-13"})
        void weekdays(DayOfWeek day, int offset, Tense tense, String expected) {
            assertEquals(expected, value(weekday(day, offset), DateRole.EVENT, tense));
        }
    }

    @Nested
    class Seasons {

        private String season(int startMonth, int offset, String published) {
            DateCandidate season = new DateCandidate(0, 1, Kind.SEASON, 0, startMonth, 0, Granularity.YEAR, offset);
            return DateResolver.value(season, DateRole.EVENT, Tense.NONE, OffsetDateTime.parse(published));
        }

        @ParameterizedTest
        @CsvSource({"6,-1,2024-03-12T00:00:00Z,2023", "12,-1,2024-03-12T00:00:00Z,2023", "12,-1,2024-05-03T00:00:00Z,2023",
                "12,-1,2024-01-15T00:00:00Z,2022", "6,-1,2024-07-15T00:00:00Z,2023", "6,-1,2024-09-01T00:00:00Z,2024",
                "6,1,2024-03-12T00:00:00Z,2024", "6,1,2024-06-12T00:00:00Z,2025", "9,1,2024-10-12T00:00:00Z,2025",
                "6,0,2024-03-12T00:00:00Z,2024", "12,0,2024-01-15T00:00:00Z,2023", "12,0,2024-11-15T00:00:00Z,2024"})
        void aSeasonIsTheYearItBeginsIn(int startMonth, int offset, String published, String expected) {
            assertEquals(expected, season(startMonth, offset, published));
        }
    }

    @Nested
    class AmbiguousNumericDates {

        private DateCandidate numeric(int first, int second, int year) {
            return new DateCandidate(0, 5, Kind.AMBIGUOUS_NUMERIC, year, first, second, Granularity.DAY, 0);
        }

        @Test
        void theReadingClosestToPublicationWins() {
            assertEquals("2024-03-12", value(numeric(12, 3, 2024), DateRole.EVENT, Tense.NONE));
            assertEquals("2024-03-12", value(numeric(3, 12, 2024), DateRole.EVENT, Tense.NONE));
            assertEquals("2024-05-06", value(numeric(5, 6, 2024), DateRole.EVENT, Tense.NONE));
        }

        @Test
        void withoutPublicationItIsUnresolved() {
            assertNull(DateResolver.value(numeric(5, 6, 2024), DateRole.EVENT, Tense.NONE, null));
        }
    }
}
