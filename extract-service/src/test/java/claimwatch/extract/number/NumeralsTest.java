package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeralsTest {

    private static Optional<Numeral> read(String text) {
        return Numerals.read(Tokens.of(text), 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "41 ships|41|1|false", "1,200|1200|1|false", "4.5|4.5|1|false", "0.75|0.75|1|false",
            "2.5bn|2.5e9|1e9|false", "1.2m|1.2e6|1e6|false", "10k|1e4|1e3|false", "3tn|3e12|1e12|false",
            "7mn|7e6|1e6|false", "8mln|8e6|1e6|false", "4 million|4e6|1e6|false", "2 billion|2e9|1e9|false",
            "5 trillion|5e12|1e12|false", "3 thousand|3000|1e3|false", "5 hundred|500|100|false",
            "430 millions|4.3e8|1e6|false", "2 Milliarden|2e9|1e9|false", "6 mio|6e6|1e6|false",
            "six|6|1|true", "Nineteen|19|1|true", "twenty-one|21|1|true", "forty two|42|1|true",
            "ninety-nine|99|1|true", "a hundred|100|1|true", "a thousand|1000|1|true", "a million|1e6|1|true",
            "an hundred|100|1|true", "a dozen|12|1|true", "half a dozen|6|1|true", "half a million|5e5|1|true",
            "two dozen|24|1|true", "two hundred|200|1|true", "two hundred and fifty|250|1|true",
            "one thousand two hundred|1200|1|true", "three million|3e6|1|true", "zero|0|1|true",
            "twice|2|1|true", "thrice|3|1|true", "doubled|2|1|true", "tripled|3|1|true", "quadrupled|4|1|true"})
    void readsTheValue(String text, double value, double scale, boolean spelledOut) {
        Numeral numeral = read(text).orElseThrow();
        assertEquals(value, numeral.value(), 1e-9 * Math.max(1, value));
        assertEquals(scale, numeral.scale());
        assertEquals(spelledOut, numeral.spelledOut());
    }

    @Test
    void theNumeralEndsAfterItsScale() {
        Tokens tokens = Tokens.of("4.5 million passengers");
        Numeral numeral = Numerals.read(tokens, 0).orElseThrow();
        assertEquals(0, numeral.start());
        assertEquals(2, numeral.end());
    }

    @Test
    void anAttachedScaleIsNotFollowedByASpacedOne() {
        Tokens tokens = Tokens.of("2bn million");
        assertEquals(2, Numerals.read(tokens, 0).orElseThrow().end());
    }

    @Test
    void aSpacedMIsNotAScale() {
        assertEquals(12, read("12 m").orElseThrow().value());
        assertEquals(1, read("12 m").orElseThrow().end());
    }

    @Test
    void spacedWordsAreNotReadAsScalesWhenTheyAreUnits() {
        assertEquals(1, read("12 km").orElseThrow().end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3rd", "21st", "2nd", "14th", "1990s", "1980's", "007", "0123", "2.0.1", "10h30", "4x4",
            "1234567890123456", "hundred", "dozens", "millions", "several", "a few", "a couple", "the", "half"})
    void isNotANumber(String text) {
        assertTrue(read(text).isEmpty(), text);
    }

    @Test
    void zeroAndDecimalsBelowOneAreNumbers() {
        assertEquals(0, read("0").orElseThrow().value());
        assertEquals(0.5, read("0.5").orElseThrow().value());
    }

    @Test
    void possessiveYearIsANumberButDecadeIsNot() {
        assertTrue(read("2023's").isPresent());
        assertTrue(read("1990's").isEmpty());
    }

    @Test
    void unitsAfterDigitsAreNotConsumed() {
        Tokens tokens = Tokens.of("42KM");
        Numeral numeral = Numerals.read(tokens, 0).orElseThrow();
        assertEquals(42, numeral.value());
        assertEquals(1, numeral.end());
    }

    @Test
    void wordsStopAtASecondUnit() {
        Tokens tokens = Tokens.of("five six");
        assertEquals(1, Numerals.read(tokens, 0).orElseThrow().end());
    }

    @Test
    void hyphenatedTensDoNotSwallowANoun() {
        Tokens tokens = Tokens.of("thirty-year-old");
        Numeral numeral = Numerals.read(tokens, 0).orElseThrow();
        assertEquals(30, numeral.value());
        assertEquals(1, numeral.end());
    }

    @Test
    void oneIsAPronounAfterDeterminers() {
        assertTrue(Numerals.read(Tokens.of("the one"), 1).isEmpty());
        assertTrue(Numerals.read(Tokens.of("no one"), 1).isEmpty());
        assertTrue(Numerals.read(Tokens.of("not one"), 1).isEmpty());
        assertTrue(Numerals.read(Tokens.of("one another"), 0).isEmpty());
        assertTrue(Numerals.read(Tokens.of("with one abstention"), 1).isPresent());
    }

    @Test
    void doubleAfterAnArticleOrBeforeAHyphenIsAnAdjective() {
        assertTrue(Numerals.read(Tokens.of("a double blow"), 1).isEmpty());
        assertTrue(Numerals.read(Tokens.of("double-ended"), 0).isEmpty());
        assertTrue(Numerals.read(Tokens.of("prices double"), 1).isPresent());
    }

    @Test
    void dozenAloneNeedsADeterminer() {
        assertTrue(Numerals.read(Tokens.of("NPV's dozen routes"), 1).isPresent());
        assertTrue(Numerals.read(Tokens.of("its dozen routes"), 1).isPresent());
        assertTrue(Numerals.read(Tokens.of("dozen routes"), 0).isEmpty());
    }

    @Test
    void symbolsAndCodesAreNotNumbers() {
        assertTrue(Numerals.read(Tokens.of("%"), 0).isEmpty());
        assertTrue(Numerals.read(Tokens.of("K9"), 0).isEmpty());
    }

    @Test
    void mayStartAtIsCheapAndMatchesRead() {
        Tokens tokens = Tokens.of("The twenty ships and 41 guns from between");
        assertFalse(Numerals.mayStartAt(tokens, 0));
        assertTrue(Numerals.mayStartAt(tokens, 1));
        assertFalse(Numerals.mayStartAt(tokens, 2));
        assertTrue(Numerals.mayStartAt(tokens, 4));
        assertFalse(Numerals.mayStartAt(tokens, 6));
        assertTrue(Numerals.mayStartOrOpenRangeAt(tokens, 6));
        assertTrue(Numerals.mayStartOrOpenRangeAt(tokens, 7));
    }

    @Test
    void startWordsAndScaleWords() {
        assertTrue(Numerals.startWords().contains("twenty"));
        assertTrue(Numerals.startWords().contains("a"));
        assertFalse(Numerals.startWords().contains("the"));
        assertTrue(Numerals.isScaleWord("million"));
        assertTrue(Numerals.isScaleWord("bn"));
        assertFalse(Numerals.isScaleWord("metres"));
    }
}
