package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumeralTest {

    private static Numeral plain(double value) {
        return new Numeral(0, 1, value, 1, false);
    }

    private static Numeral scaled(double raw, double scale) {
        return new Numeral(0, 2, raw * scale, scale, false);
    }

    @Test
    void theUpperScaleIsLentToASmallerUnscaledLowerBound() {
        assertEquals(3e6, plain(3).lowerBoundFor(scaled(4, 1e6)));
    }

    @Test
    void aLowerBoundAboveTheUpperRawValueKeepsItsOwnValue() {
        assertEquals(300_000, plain(300_000).lowerBoundFor(scaled(1, 1e6)));
    }

    @Test
    void aScaledLowerBoundKeepsItsOwnScale() {
        assertEquals(1.2e6, scaled(1.2, 1e6).lowerBoundFor(scaled(1.5, 1e6)));
        assertEquals(300e6, scaled(300, 1e6).lowerBoundFor(scaled(1, 1e9)));
    }

    @Test
    void withoutScalesNothingChanges() {
        assertEquals(5, plain(5).lowerBoundFor(plain(7)));
    }

    @Test
    void scaledReportsAScaleOtherThanOne() {
        assertTrue(scaled(2, 1e9).scaled());
        assertFalse(plain(2).scaled());
    }
}
