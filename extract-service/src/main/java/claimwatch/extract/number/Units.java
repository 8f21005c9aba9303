package claimwatch.extract.number;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Units of measure after a number, normalised to one name: symbols for SI units ("km", "MW"), plural words otherwise ("metres"). */
public final class Units {

    public static final String PERCENT = "percent";
    public static final String TIMES = "times";

    private static final Map<String, String> SINGLE = new HashMap<>();
    private static final Map<String, String> AFTER_SQUARE = Map.of("metres", "square metres", "meters",
            "square metres", "metre", "square metres", "meter", "square metres", "m", "square metres", "kilometres",
            "square km", "kilometers", "square km", "km", "square km", "miles", "square miles",
            "feet", "square feet");

    // Canonical names follow the gold set: symbols as written for SI units ("km", "MW"), plural words otherwise.
    static {
        put(PERCENT, "percent", "pct", "pc");
        put("km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
        put("miles", "mile", "miles", "mi");
        put("metres", "metre", "metres", "meter", "meters");
        put("cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        put("mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        put("feet", "ft", "foot", "feet");
        put("inches", "inch", "inches");
        put("tonnes", "tonne", "tonnes", "ton", "tons");
        put("kg", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos");
        put("grams", "gram", "grams");
        put("pounds", "lb", "lbs", "pound", "pounds");
        put("litres", "litre", "litres", "liter", "liters");
        put("gallons", "gallon", "gallons");
        put("barrels", "barrel", "barrels", "bbl");
        put("MW", "mw", "megawatt", "megawatts");
        put("GW", "gw", "gigawatt", "gigawatts");
        put("kW", "kw", "kilowatt", "kilowatts");
        put("kWh", "kwh");
        put("MWh", "mwh");
        put("GWh", "gwh");
        put("TWh", "twh");
        put("hours", "hour", "hours", "hr", "hrs");
        put("minutes", "minute", "minutes", "min", "mins");
        put("seconds", "seconds", "secs");
        put("days", "day", "days");
        put("weeks", "week", "weeks");
        put("months", "month", "months");
        put("years", "year", "years", "yr", "yrs");
        put("decades", "decade", "decades");
        put("centuries", "century", "centuries");
        put("winters", "winter", "winters");
        put("summers", "summer", "summers");
        put("knots", "knot", "knots");
        put("hectares", "hectare", "hectares", "ha");
        put("acres", "acre", "acres");
        put("degrees", "degree", "degrees");
        put("calibres", "calibre", "calibres", "caliber", "calibers");
        put("sigma", "sigma");
        put("mph", "mph");
        put("km/h", "kph");
        put(TIMES, "times");
    }

    private Units() {
    }

    private static void put(String unit, String... spellings) {
        for (String spelling : spellings) {
            SINGLE.put(spelling, unit);
        }
    }

    /** The unit that starts at token i, right after a number. */
    public static Optional<UnitMatch> at(Tokens tokens, int i) {
        if (tokens.isSymbol(i, '%')) {
            return Optional.of(new UnitMatch(PERCENT, i + 1, false));
        }
        if (tokens.isSymbol(i, '\u00b0')) {
            int end = tokens.isWord(i + 1) && tokens.attached(i + 1) && tokens.length(i + 1) == 1 ? i + 2 : i + 1;
            return Optional.of(new UnitMatch("degrees", end, false));
        }
        boolean hyphenated = tokens.isDash(i) && tokens.attached(i) && tokens.attached(i + 1);
        int word = hyphenated ? i + 1 : i;
        if (tokens.isCode(word)) {
            String code = tokens.lower(word);
            String unit = code.equals("m2") ? "square metres" : code.equals("km2") ? "square km" : null;
            return unit == null ? Optional.empty() : Optional.of(new UnitMatch(unit, word + 1, hyphenated));
        }
        if (!tokens.isWord(word)) {
            return Optional.empty();
        }
        return named(tokens, word, hyphenated);
    }

    private static Optional<UnitMatch> named(Tokens tokens, int i, boolean hyphenated) {
        String lower = tokens.lower(i);
        String unit = null;
        int end = i + 1;
        if (lower.equals("per") && tokens.is(i + 1, "cent")) {
            unit = PERCENT;
            end = i + 2;
        } else if (lower.equals("percentage") && (tokens.is(i + 1, "points") || tokens.is(i + 1, "point"))) {
            unit = "percentage points";
            end = i + 2;
        } else if (lower.equals("basis") && (tokens.is(i + 1, "points") || tokens.is(i + 1, "point"))) {
            unit = "basis points";
            end = i + 2;
        } else if (lower.equals("light") && tokens.isDash(i + 1) && tokens.is(i + 2, "years")
                || lower.equals("light") && tokens.is(i + 1, "years")) {
            unit = "light-years";
            end = tokens.isDash(i + 1) ? i + 3 : i + 2;
        } else if (lower.equals("nautical") && (tokens.is(i + 1, "miles") || tokens.is(i + 1, "mile"))) {
            unit = "nautical miles";
            end = i + 2;
        } else if ((lower.equals("square") || lower.equals("sq")) && tokens.isWord(i + 1)) {
            unit = AFTER_SQUARE.get(tokens.lower(i + 1));
            end = i + 2;
        } else if (lower.equals("cubic") && tokens.isWord(i + 1) && "metres".equals(SINGLE.get(tokens.lower(i + 1)))) {
            unit = "cubic metres";
            end = i + 2;
        } else if (lower.equals("m") || lower.equals("g") || lower.equals("h")) {
            // Attached "m" is a million ("1.2m") and is read as a scale; attached "g" and "h" are grams and hours.
            unit = lower.equals("m") ? (tokens.attached(i) && !hyphenated ? null : "metres")
                    : tokens.attached(i) ? (lower.equals("g") ? "grams" : "hours") : null;
        } else {
            unit = SINGLE.get(lower);
        }
        if (unit == null) {
            return Optional.empty();
        }
        if (tokens.isSymbol(end, '\u00b2')) {
            unit = "square " + unit;
            end++;
        }
        if (unit.equals("km") && tokens.isSymbol(end, '/') && tokens.is(end + 1, "h")) {
            unit = "km/h";
            end += 2;
        } else if (unit.equals("years") && hyphenated && tokens.isDash(end) && tokens.is(end + 1, "old")) {
            end += 2;
        }
        return Optional.of(new UnitMatch(unit, end, hyphenated));
    }
}
