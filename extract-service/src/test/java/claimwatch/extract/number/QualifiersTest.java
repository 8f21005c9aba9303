package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualifiersTest {

    /** The qualifier before the last token of text, as "label:qualifier words". */
    private static String before(String text) {
        Tokens tokens = Tokens.of(text);
        int last = tokens.size() - 1;
        Optional<QualifierPhrase> phrase = Qualifiers.before(tokens, last);
        return phrase.map(p -> p.qualifier().label() + ":" + tokens.slice(p.start(), p.end())).orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "about 600|approximately:about", "around 600|approximately:around", "roughly 600|approximately:roughly",
            "some 600|approximately:some", "approximately 600|approximately:approximately",
            "nearly 600|approximately:nearly", "almost 600|approximately:almost", "close to 600|approximately:close to",
            "an estimated 600|approximately:an estimated", "estimated 600|approximately:estimated",
            "circa 600|approximately:circa", "approx. 600|approximately:approx.", "c. 1850|approximately:c.",
            "at least 300|at-least:at least", "no fewer than 300|at-least:no fewer than",
            "no less than 300|at-least:no less than", "not less than 300|at-least:not less than",
            "a minimum of 300|at-least:a minimum of",
            "more than 9,800|more-than:more than", "over 9,800|more-than:over", "above 9,800|more-than:above",
            "upwards of 9,800|more-than:upwards of", "upward of 9,800|more-than:upward of",
            "in excess of 9,800|more-than:in excess of", "greater than 9,800|more-than:greater than",
            "north of 9,800|more-than:north of",
            "less than 50|less-than:less than", "under 50|less-than:under", "fewer than 50|less-than:fewer than",
            "below 50|less-than:below",
            "up to 600|up-to:up to", "as many as 600|up-to:as many as", "as much as 600|up-to:as much as",
            "no more than 52|up-to:no more than", "not more than 52|up-to:not more than", "at most 52|up-to:at most",
            "a maximum of 52|up-to:a maximum of", "within 30|up-to:within"})
    void phrasesBeforeANumber(String text, String expected) {
        assertEquals(expected, before(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"just over 600|more-than:just over", "well above 600|more-than:well above",
            "slightly less than 5|less-than:slightly less than", "far more than 90|more-than:far more than",
            "much less than 5|less-than:much less than"})
    void intensifiersJoinComparisons(String text, String expected) {
        assertEquals(expected, before(text));
    }

    @Test
    void intensifiersDoNotJoinApproximations() {
        assertEquals("approximately:about", before("just about 600"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the 600", "600", "as low as 71", "many 600", "more 600", "to 600", "than 600"})
    void noQualifier(String text) {
        assertEquals("none", before(text));
    }

    @Test
    void casesAreIgnored() {
        assertEquals("more-than:More than", before("More than 9,800"));
        assertEquals("approximately:ABOUT", before("ABOUT 600"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"600 or more|at-least", "40 or so|approximately", "10 or fewer|up-to",
            "5 or less|up-to"})
    void phrasesAfterANumber(String text, String label) {
        Tokens tokens = Tokens.of(text);
        QualifierPhrase phrase = Qualifiers.after(tokens, 1).orElseThrow();
        assertEquals(label, phrase.qualifier().label());
        assertEquals(1, phrase.start());
        assertEquals(3, phrase.end());
    }

    @Test
    void noPhraseAfter() {
        assertTrue(Qualifiers.after(Tokens.of("600 or 700"), 1).isEmpty());
        assertTrue(Qualifiers.after(Tokens.of("600"), 1).isEmpty());
    }

    @Test
    void atTheStartOfTheTextThereIsNothingBefore() {
        assertTrue(Qualifiers.before(Tokens.of("600"), 0).isEmpty());
    }
}
