package claimwatch.api.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueRangeTest {

    private static ValueRange count(double value, String qualifier) {
        return ValueRange.number("number", null, value, null, qualifier);
    }

    private static ValueRange euros(double amount, String qualifier) {
        return ValueRange.number("money", "EUR", amount, null, qualifier);
    }

    @ParameterizedTest(name = "{0} written exactly allows +-{1}")
    @CsvSource({ "600, 50", "430000000, 5000000", "6, 0.5", "41, 0.5", "4.1, 0.05", "16.5, 0.05", "40, 4", "100, 10", "1500000, 50000",
            "612, 0.5", "2300, 50", "0.25, 0.005" })
    void anExactRoundNumberImpliesItsRoundingPrecision(double value, double halfWidth) {
        ValueRange range = count(value, "exact");
        assertEquals(value - halfWidth, range.low(), halfWidth * 1e-6);
        assertEquals(value + halfWidth, range.high(), halfWidth * 1e-6);
        assertEquals(value, range.point());
    }

    @Test
    void zeroIsExactlyZero() {
        ValueRange zero = count(0, "exact");
        assertEquals(0, zero.width());
        assertTrue(zero.compatible(count(0, null)));
        assertFalse(zero.compatible(count(1, null)));
    }

    @Test
    void aMissingQualifierMeansExact() {
        assertEquals(count(600, "exact"), count(600, null));
    }

    @Test
    void approximatelyWidensToTenPercentAtLeast() {
        ValueRange roughly = count(600, "approximately");
        assertEquals(540, roughly.low(), 1e-9);
        assertEquals(660, roughly.high(), 1e-9);
        ValueRange aboutHalf = ValueRange.number("number", "percent", 25, null, "approximately");
        assertEquals(22.5, aboutHalf.low(), 1e-9);
    }

    @Test
    void roughlySixHundredAndSixHundredAndSixHundredTwelveAgree() {
        assertTrue(count(600, "approximately").compatible(count(600, "exact")));
        assertTrue(count(612, "exact").compatible(count(600, "exact")));
        assertTrue(count(612, "exact").compatible(count(600, "approximately")));
        assertTrue(count(612, "exact").compatible(count(600, "more-than")));
    }

    @Test
    void fortyOneAndFortyOneAgreeButFortyOneAndFortyTwoDoNot() {
        assertTrue(count(41, "exact").compatible(count(41, "exact")));
        assertTrue(count(41, "exact").conflicts(count(42, "exact")));
        assertTrue(count(41, "approximately").compatible(count(42, "exact")));
    }

    @Test
    void neighbouringIntegersDoNotTouch() {
        assertTrue(count(8, "exact").conflicts(count(9, "exact")));
        assertTrue(count(6, "exact").conflicts(count(8, "exact")));
    }

    @Test
    void moreThanAndAtLeastAreOpenAbove() {
        assertTrue(euros(400e6, "more-than").compatible(euros(430e6, "exact")));
        assertTrue(euros(400e6, "more-than").compatible(euros(520e6, "exact")));
        assertTrue(euros(400e6, "more-than").conflicts(euros(350e6, "exact")));
        assertFalse(euros(400e6, "more-than").compatible(euros(400e6, "up-to")));
        assertTrue(count(300, "at-least").compatible(count(300, "exact")));
        assertTrue(count(300, "at-least").compatible(count(450, "exact")));
        assertTrue(count(300, "at-least").conflicts(count(250, "exact")));
    }

    @Test
    void upToAndLessThanAreOpenBelow() {
        assertTrue(count(600, "up-to").compatible(count(600, "exact")));
        assertTrue(count(600, "up-to").compatible(count(450, "exact")));
        assertTrue(count(600, "up-to").conflicts(count(700, "exact")));
        assertTrue(count(150, "less-than").compatible(count(150, "exact")), "150 written exactly may be 149.6");
        assertTrue(count(150, "less-than").conflicts(count(160, "exact")));
        assertTrue(count(150, "less-than").compatible(count(120, "exact")));
    }

    @Test
    void aRangeCoversBothEnds() {
        ValueRange fiveToSeven = ValueRange.number("number", "years", 5, 7.0, "range");
        assertEquals(5, fiveToSeven.low());
        assertEquals(7, fiveToSeven.high());
        assertEquals(6, fiveToSeven.point());
        assertTrue(fiveToSeven.compatible(ValueRange.number("number", "years", 6, null, "exact")));
        assertTrue(fiveToSeven.conflicts(ValueRange.number("number", "years", 9, null, "exact")));
        assertTrue(fiveToSeven.compatible(ValueRange.number("number", "years", 5, 7.0, null)));
    }

    @Test
    void aRangeWithoutItsUpperEndIsTheNumber() {
        assertEquals(count(5, "exact"), ValueRange.number("number", null, 5, null, "range"));
    }

    @Test
    void moneyComparesOnlyInTheSameCurrency() {
        ValueRange euros = euros(430e6, "exact");
        ValueRange dollars = ValueRange.number("money", "USD", 430e6, null, "exact");
        assertFalse(euros.compatible(dollars));
        assertFalse(euros.conflicts(dollars));
        assertFalse(euros.comparable(dollars));
    }

    @Test
    void numbersOfDifferentUnitsNeitherAgreeNorConflict() {
        ValueRange years = ValueRange.number("number", "years", 10, null, "exact");
        ValueRange months = ValueRange.number("number", "months", 10, null, "exact");
        assertFalse(years.compatible(months));
        assertFalse(years.conflicts(months));
    }

    @Test
    void aMoneyAmountIsNotANumber() {
        assertFalse(euros(600, "exact").comparable(count(600, "exact")));
    }

    @Test
    void fourHundredThirtyMillionAndFiveHundredTwentyMillionConflict() {
        assertTrue(euros(430e6, "exact").conflicts(euros(520e6, "exact")));
        assertTrue(euros(520e6, "exact").compatible(euros(500e6, "exact")));
        assertFalse(euros(430e6, "exact").compatible(euros(500e6, "exact")));
    }

    @Test
    void valuesMoreThanThreeTimesApartAreDifferentQuantities() {
        ValueRange perFerry = count(600, "up-to");
        ValueRange perYear = count(4.5e6, "approximately");
        assertFalse(perFerry.comparable(perYear));
        assertFalse(perFerry.conflicts(perYear));
        assertTrue(count(300, "exact").comparable(count(900, "exact")));
        assertFalse(count(300, "exact").comparable(count(901, "exact")));
        assertFalse(count(300, "at-least").compatible(count(1200, "up-to")));
    }

    @Test
    void negativeValuesCompareByMagnitude() {
        assertTrue(count(-20, "exact").comparable(count(-25, "exact")));
        assertTrue(count(-20, "exact").conflicts(count(-25, "exact")));
    }

    @Test
    void aYearContainsItsMonthsAndDays() {
        ValueRange year = ValueRange.date("2023");
        ValueRange march = ValueRange.date("2023-03");
        ValueRange day = ValueRange.date("2023-03-11");
        assertTrue(year.compatible(march));
        assertTrue(march.compatible(day));
        assertTrue(year.compatible(day));
        assertTrue(day.compatible(year));
    }

    @Test
    void marchTwentyTwentyThreeConflictsWithTwentyTwentyTwo() {
        assertTrue(ValueRange.date("2023-03").conflicts(ValueRange.date("2022")));
        assertTrue(ValueRange.date("2022").conflicts(ValueRange.date("2023-03")));
    }

    @Test
    void differentDaysOfOneMonthConflict() {
        assertTrue(ValueRange.date("2024-03-05").conflicts(ValueRange.date("2024-03-11")));
        assertTrue(ValueRange.date("2024-03-11").conflicts(ValueRange.date("2024-03-12")));
        assertTrue(ValueRange.date("2024-03-05").compatible(ValueRange.date("2024-03")));
    }

    @Test
    void theLastDayOfAMonthBelongsToItAndTheFirstOfTheNextDoesNot() {
        assertTrue(ValueRange.date("2024-02").compatible(ValueRange.date("2024-02-29")));
        assertTrue(ValueRange.date("2024-02").conflicts(ValueRange.date("2024-03-01")));
        assertTrue(ValueRange.date("2023").conflicts(ValueRange.date("2024-01-01")));
    }

    @Test
    void anyTwoDatesAreComparable() {
        assertTrue(ValueRange.date("1950").comparable(ValueRange.date("2030")));
    }

    @Test
    void unreadableDatesAreNull() {
        assertNull(ValueRange.date(null));
        assertNull(ValueRange.date("next week"));
        assertNull(ValueRange.date("2024-13"));
    }

    @Test
    void intersectionKeepsWhatBothAllow() {
        ValueRange both = count(600, "exact").intersect(count(612, "exact"));
        assertEquals(611.5, both.low(), 1e-6);
        assertEquals(612.5, both.high(), 1e-6);
    }
}
