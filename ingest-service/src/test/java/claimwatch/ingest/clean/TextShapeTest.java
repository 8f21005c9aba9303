package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextShapeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"one two three|3", "Aldermoor's €430m deal|3", "4.5 million passengers|3", "A- A A+|3", "—|0",
        "hybrid-electric ferries|2", "|0", "9,812 runners|2"})
    void countsWords(String text, int words) {
        assertEquals(words, TextShape.words(text == null ? "" : text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"It ended.", "Did it?", "Yes!", "He said \"no.\"", "“Nothing has been paid.”", "Wait…", "« Nous voulons. »",
        "(as planned.)", "told the Klaxon.\""})
    void recognisesSentenceEnds(String text) {
        assertTrue(TextShape.endsSentence(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Most read", "Share:", "A headline without a stop", "Price: €430m", "Mr", "2:07:58"})
    void recognisesUnfinishedLines(String text) {
        assertFalse(TextShape.endsSentence(text), text);
    }

    @Test
    void proseNeedsEightWordsAndAnEnd() {
        assertTrue(TextShape.isProse("The regional parliament is expected to vote next month."));
        assertFalse(TextShape.isProse("The vote is on Friday."));
        assertFalse(TextShape.isProse("Valderra agrees €430m deal for six new ferries and nine refits"));
    }

    @Test
    void comparableFormIgnoresCaseAndPunctuation() {
        assertEquals("valderra s ferry deal 430m", TextShape.comparable("Valderra's ferry-deal: €430m!"));
    }

    @Test
    void spacesCollapse() {
        assertEquals("a b c", TextShape.collapseSpaces("  a \u00a0 b\n\tc "));
    }

    @Test
    void lettersAreFound() {
        assertTrue(TextShape.hasLetters("6:12 é"));
        assertFalse(TextShape.hasLetters("6:12 — 312"));
    }
}
