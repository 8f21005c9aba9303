package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import claimwatch.extract.date.DateCandidate.Kind;

class PeriodOrderTest {

    private static DateCandidate guessedMonth(int month) {
        return new DateCandidate(0, 1, Kind.NO_YEAR, 0, month, 0, Granularity.MONTH, 0);
    }

    private static DateCandidate guessedDay(int month, int day) {
        return new DateCandidate(0, 1, Kind.NO_YEAR, 0, month, day, Granularity.DAY, 0);
    }

    @Test
    void aStartAfterTheEndMovesBackAYear() {
        String[] values = {"2024-03", "2023-05"};
        PeriodOrder.keepEndsInOrder(List.of(guessedMonth(3), guessedMonth(5)), new DateRole[] {DateRole.PERIOD, DateRole.PERIOD}, values);
        assertArrayEquals(new String[] {"2023-03", "2023-05"}, values);
    }

    @Test
    void daysMoveToo() {
        String[] values = {"2024-12-20", "2024-01-05"};
        PeriodOrder.keepEndsInOrder(List.of(guessedDay(12, 20), guessedDay(1, 5)), new DateRole[] {DateRole.PERIOD, DateRole.PERIOD}, values);
        assertArrayEquals(new String[] {"2023-12-20", "2024-01-05"}, values);
    }

    @Test
    void anOrderedPeriodIsLeftAlone() {
        String[] values = {"2024-01", "2024-03"};
        PeriodOrder.keepEndsInOrder(List.of(guessedMonth(1), guessedMonth(3)), new DateRole[] {DateRole.PERIOD, DateRole.PERIOD}, values);
        assertArrayEquals(new String[] {"2024-01", "2024-03"}, values);
    }

    @Test
    void writtenYearsAndEventsAreLeftAlone() {
        String[] written = {"2024", "2019"};
        PeriodOrder.keepEndsInOrder(List.of(DateCandidate.fixed(0, 1, 2024, 0, 0), DateCandidate.fixed(2, 3, 2019, 0, 0)),
                new DateRole[] {DateRole.PERIOD, DateRole.PERIOD}, written);
        assertArrayEquals(new String[] {"2024", "2019"}, written);
        String[] events = {"2024-03", "2023-05"};
        PeriodOrder.keepEndsInOrder(List.of(guessedMonth(3), guessedMonth(5)), new DateRole[] {DateRole.EVENT, DateRole.EVENT}, events);
        assertArrayEquals(new String[] {"2024-03", "2023-05"}, events);
    }

    @Test
    void unresolvedEndsAreLeftAlone() {
        String[] values = {null, "2023-05"};
        PeriodOrder.keepEndsInOrder(List.of(guessedMonth(3), guessedMonth(5)), new DateRole[] {DateRole.PERIOD, DateRole.PERIOD}, values);
        assertArrayEquals(new String[] {null, "2023-05"}, values);
    }
}
