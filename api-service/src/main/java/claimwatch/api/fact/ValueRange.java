package claimwatch.api.fact;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The interval of values a written number, amount or date allows, and the two tests fact grouping rests on.
 *
 * <p>Tolerance, all of it in one place:
 * <ul>
 * <li>An exact round number implies its rounding precision: half a unit of its last non-zero digit, at most 10% of
 * the value ("600" is 550 to 650, "€430 million" is 425 to 435 million, "6" is 5.5 to 6.5, "4.1" is 4.05 to 4.15).</li>
 * <li>"approximately" (about, roughly, some, nearly) widens that to at least &plusmn;10% ("roughly 600" is 540 to 660).</li>
 * <li>"more-than" and "at-least" are open above, "up-to" and "less-than" open below, "range" is its two ends.</li>
 * <li>Money compares only in the same currency, measures only in the same unit; values in different currencies never
 * agree and never conflict.</li>
 * <li>Dates are calendar intervals (2023 is the whole year, March 2023 the whole month), so two dates agree when one
 * contains the other: the comparison happens at the coarser granularity.</li>
 * <li>Two numbers whose point values are more than {@link #COMPARABLE_RATIO} times apart are not comparable: they are
 * taken to be different quantities that the extractor gave one slot key (a ferry's 600 passengers and the operator's
 * 4.5 million a year), so they neither form one fact nor conflict.</li>
 * </ul>
 * Values are {@link #compatible} when comparable and their intervals overlap, in {@link #conflicts conflict} when
 * comparable and disjoint.
 */
public record ValueRange(String kind, String unit, double low, double high, double point) {

    public static final double COMPARABLE_RATIO = 3.0;
    static final double APPROXIMATE_SHARE = 0.10;
    /** Rounding intervals exclude their ends, so 8 (7.5 to 8.5) and 9 (8.5 to 9.5) do not touch. */
    private static final double HALF_OPEN = 1 - 1e-9;

    public static ValueRange number(String kind, String unit, double value, Double upper, String qualifier) {
        String q = qualifier == null ? "exact" : qualifier;
        double rounding = roundingHalfWidth(value);
        return switch (q) {
            case "approximately" -> new ValueRange(kind, unit, value - approximate(value, rounding), value + approximate(value, rounding), value);
            case "more-than" -> new ValueRange(kind, unit, Math.nextUp(value), Double.POSITIVE_INFINITY, value);
            case "at-least" -> new ValueRange(kind, unit, value, Double.POSITIVE_INFINITY, value);
            case "up-to" -> new ValueRange(kind, unit, Double.NEGATIVE_INFINITY, value, value);
            case "less-than" -> new ValueRange(kind, unit, Double.NEGATIVE_INFINITY, Math.nextDown(value), value);
            case "range" -> upper == null ? new ValueRange(kind, unit, value - rounding, value + rounding, value)
                    : new ValueRange(kind, unit, Math.min(value, upper), Math.max(value, upper), (value + upper) / 2);
            default -> upper != null ? new ValueRange(kind, unit, Math.min(value, upper), Math.max(value, upper), (value + upper) / 2)
                    : new ValueRange(kind, unit, value - rounding, value + rounding, value);
        };
    }

    /** A date written as 2024, 2024-03 or 2024-03-11, as the interval of days it covers; null when unreadable. */
    public static ValueRange date(String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate first;
            LocalDate last;
            if (value.length() == 4) {
                first = LocalDate.of(Integer.parseInt(value), 1, 1);
                last = first.withDayOfYear(first.lengthOfYear());
            } else if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                first = month.atDay(1);
                last = month.atEndOfMonth();
            } else {
                first = LocalDate.parse(value);
                last = first;
            }
            return new ValueRange("date", null, first.toEpochDay(), last.toEpochDay(), first.toEpochDay());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Half a unit of the last non-zero digit (at most 10% of the value); half a unit of the last decimal for fractions. */
    static double roundingHalfWidth(double value) {
        double magnitude = Math.abs(value);
        if (magnitude == 0) {
            return 0;
        }
        if (Math.abs(magnitude - Math.rint(magnitude)) > 1e-9 || magnitude >= 1e15) {
            double scaled = magnitude;
            double step = 1;
            for (int decimals = 0; decimals < 6 && Math.abs(scaled - Math.rint(scaled)) > 1e-6 * step; decimals++) {
                scaled *= 10;
                step /= 10;
            }
            return step / 2 * HALF_OPEN;
        }
        long whole = Math.round(magnitude);
        long unit = 1;
        while (whole % (unit * 10) == 0) {
            unit *= 10;
        }
        return (unit == 1 ? 0.5 : Math.min(unit / 2.0, magnitude * APPROXIMATE_SHARE)) * HALF_OPEN;
    }

    private static double approximate(double value, double rounding) {
        return Math.max(rounding, Math.abs(value) * APPROXIMATE_SHARE);
    }

    public double width() {
        return high - low;
    }

    public boolean comparable(ValueRange other) {
        if (!kind.equals(other.kind) || !java.util.Objects.equals(unit, other.unit)) {
            return false;
        }
        if (kind.equals("date")) {
            return true;
        }
        double a = Math.abs(point);
        double b = Math.abs(other.point);
        double small = Math.min(a, b);
        double large = Math.max(a, b);
        return small == 0 ? large == 0 : large / small <= COMPARABLE_RATIO;
    }

    public boolean overlaps(ValueRange other) {
        return low <= other.high && other.low <= high;
    }

    public boolean compatible(ValueRange other) {
        return comparable(other) && overlaps(other);
    }

    public boolean conflicts(ValueRange other) {
        return comparable(other) && !overlaps(other);
    }

    /** The values both allow; only meaningful when they overlap. */
    public ValueRange intersect(ValueRange other) {
        return new ValueRange(kind, unit, Math.max(low, other.low), Math.min(high, other.high), point);
    }
}
