package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    /** The unit right after the first token of text, as "unit|text of number and unit". */
    private static String unit(String text) {
        Tokens tokens = Tokens.of(text);
        Optional<UnitMatch> match = Units.at(tokens, 1);
        return match.map(m -> m.unit() + "|" + tokens.slice(0, m.end())).orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"23% rise;percent|23%", "23 % rise;percent|23 %", "23 per cent;percent|23 per cent",
            "23 percent;percent|23 percent", "23 pct;percent|23 pct", "10pc;percent|10pc",
            "2 percentage points;percentage points|2 percentage points", "25 basis points;basis points|25 basis points",
            "10 km;km|10 km", "42KM;km|42KM", "10 kilometres;km|10 kilometres", "5 miles;miles|5 miles",
            "96 metres;metres|96 metres", "12 m high;metres|12 m", "155mm;mm|155mm", "30 cm;cm|30 cm",
            "5 tonnes;tonnes|5 tonnes", "5 tons;tonnes|5 tons", "20 kg;kg|20 kg", "3 litres;litres|3 litres",
            "240 MW;MW|240 MW", "2 GW;GW|2 GW", "6.8 MWh;MWh|6.8 MWh", "5 kWh;kWh|5 kWh", "4 hours;hours|4 hours",
            "11 minutes;minutes|11 minutes", "43 seconds;seconds|43 seconds", "6 days;days|6 days",
            "2 weeks;weeks|2 weeks", "6 months;months|6 months", "5 years;years|5 years", "7 decades;decades|7 decades",
            "two winters;winters|two winters", "16.5 knots;knots|16.5 knots", "40 hectares;hectares|40 hectares",
            "20 acres;acres|20 acres", "52 calibres;calibres|52 calibres", "3 sigma;sigma|3 sigma",
            "11 light-years;light-years|11 light-years", "4 light years;light-years|4 light years",
            "3 nautical miles;nautical miles|3 nautical miles", "2,300 square metres;square metres|2,300 square metres",
            "40 sq km;square km|40 sq km", "50 m2;square metres|50 m2", "50 m\u00b2;square metres|50 m\u00b2",
            "9 cubic metres;cubic metres|9 cubic metres", "70 mph;mph|70 mph", "90 km/h;km/h|90 km/h",
            "5g;grams|5g", "14h;hours|14h", "3 times;times|3 times", "20 \u00b0C;degrees|20 \u00b0C",
            "5 pounds of;pounds|5 pounds"})
    void units(String text, String expected) {
        assertEquals(expected, unit(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"96-metre ferry;metres|96-metre", "10-year deal;years|10-year",
            "27-year-old runner;years|27-year-old", "6-week trial;weeks|6-week", "187-kilometre stage;km|187-kilometre",
            "240-megawatt farm;MW|240-megawatt", "100-m sprint;metres|100-m"})
    void hyphenatedUnits(String text, String expected) {
        assertEquals(expected, unit(text));
        Tokens tokens = Tokens.of(text);
        assertTrue(Units.at(tokens, 1).orElseThrow().hyphenated());
    }

    @Test
    void spacedUnitsAreNotHyphenated() {
        assertFalse(Units.at(Tokens.of("10 years"), 1).orElseThrow().hyphenated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"600 jobs", "600-page report", "1.2m people", "5 g", "3 h", "5 in", "41 K9", "600", "4 the",
            "10 square feet-ish"})
    void notUnits(String text) {
        if (text.startsWith("10 square")) {
            assertEquals("square feet", Units.at(Tokens.of(text), 1).orElseThrow().unit());
            return;
        }
        assertEquals("none", unit(text));
    }

    @Test
    void percentAndTimesConstants() {
        assertEquals("percent", Units.PERCENT);
        assertEquals("times", Units.TIMES);
    }
}
