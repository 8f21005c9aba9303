package claimwatch.extract.number;

/**
 * One number as written at one place: tokens [start, end), its value with any scale applied ("4.5 million"), the scale
 * itself (1 when none) and whether it was spelled out in words.
 */
public record Numeral(int start, int end, double value, double scale, boolean spelledOut) {

    public boolean scaled() {
        return scale != 1;
    }

    /** This number as the lower bound of a range ending at upper: "3 to 4 million" lends the upper's scale to the 3. */
    public double lowerBoundFor(Numeral upper) {
        if (!scaled() && upper.scaled() && value < upper.value / upper.scale) {
            return value * upper.scale;
        }
        return value;
    }
}
