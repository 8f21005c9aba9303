package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokensTest {

    /** Each token as "KIND:text", with a leading "+" when it touches the token before it. */
    private static List<String> describe(String text) {
        Tokens tokens = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add((tokens.attached(i) ? "+" : "") + tokens.kind(i) + ":" + tokens.slice(i, i + 1));
        }
        return out;
    }

    @Test
    void wordsNumbersAndSymbols() {
        assertEquals(List.of("WORD:It", "WORD:costs", "SYMBOL:\u20ac", "+NUMBER:430", "+WORD:m", "+SYMBOL:."),
                describe("It costs \u20ac430m."));
    }

    @Test
    void thousandsSeparatorsAndDecimalsStayInTheNumber() {
        assertEquals(List.of("NUMBER:1,200", "NUMBER:4.5", "NUMBER:1,250,000.75"), describe("1,200 4.5 1,250,000.75"));
    }

    @Test
    void aCommaNotFollowedByThreeDigitsEndsTheNumber() {
        assertEquals(List.of("NUMBER:4", "+SYMBOL:,", "+NUMBER:5", "NUMBER:12", "+SYMBOL:,", "NUMBER:13"),
                describe("4,5 12, 13"));
        assertEquals(List.of("NUMBER:1", "+SYMBOL:,", "+NUMBER:2345"), describe("1,2345"));
    }

    @Test
    void aFullStopEndsTheNumberAtTheEndOfASentence() {
        assertEquals(List.of("WORD:in", "NUMBER:2024", "+SYMBOL:."), describe("in 2024."));
    }

    @Test
    void versionsAndDottedDatesStayOneToken() {
        assertEquals(List.of("NUMBER:2.0.1", "NUMBER:12.03.2024"), describe("2.0.1 12.03.2024"));
    }

    @Test
    void lettersAfterDigitsAreTheirOwnAttachedWord() {
        assertEquals(List.of("NUMBER:2.5", "+WORD:bn", "NUMBER:42", "+WORD:KM", "NUMBER:3", "+WORD:rd"),
                describe("2.5bn 42KM 3rd"));
    }

    @Test
    void lettersThenDigitsMakeACode() {
        assertEquals(List.of("CODE:K9", "CODE:A330neo", "CODE:G7", "CODE:FY2023", "NUMBER:10", "+CODE:h30"),
                describe("K9 A330neo G7 FY2023 10h30"));
    }

    @Test
    void threeCapitalsBeforeDigitsStayAWord() {
        assertEquals(List.of("WORD:NOK", "+NUMBER:640", "+WORD:m", "WORD:COVID", "+NUMBER:19"), describe("NOK640m COVID19"));
    }

    @Test
    void hyphensAreTheirOwnSymbol() {
        assertEquals(List.of("WORD:self", "+SYMBOL:-", "+WORD:propelled", "NUMBER:600", "+SYMBOL:-", "+WORD:page"),
                describe("self-propelled 600-page"));
    }

    @Test
    void apostrophesInsideWordsAreKept() {
        assertEquals(List.of("WORD:Norway's", "WORD:d'euros", "WORD:o\u2019clock"), describe("Norway's d'euros o\u2019clock"));
    }

    @Test
    void aTrailingApostropheIsASymbol() {
        assertEquals(List.of("WORD:the", "SYMBOL:'", "+NUMBER:90", "+WORD:s"), describe("the '90s"));
    }

    @Test
    void accentedLettersAreLetters() {
        assertEquals(List.of("WORD:Joaqu\u00edn", "WORD:M\u00e4rz", "WORD:d\u00e9cembre"), describe("Joaqu\u00edn M\u00e4rz d\u00e9cembre"));
    }

    @Test
    void noBreakSpacesSeparateTokens() {
        assertEquals(List.of("NUMBER:5", "NUMBER:000", "WORD:km"), describe("5\u00a0000\u202fkm"));
    }

    @Test
    void nonLatinDigitsAreNotNumbers() {
        Tokens tokens = Tokens.of("\u0664\u0663\u0660");
        for (int i = 0; i < tokens.size(); i++) {
            assertFalse(tokens.isNumber(i));
        }
    }

    @Test
    void emptyAndBlankTexts() {
        assertEquals(0, Tokens.of("").size());
        assertEquals(0, Tokens.of("  \n\t ").size());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Up to 600\u00a0passengers, \u20ac430m.";
        Tokens tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(text.substring(tokens.start(i), tokens.end(i)), tokens.slice(i, i + 1));
        }
        assertEquals("Up to 600", tokens.slice(0, 3));
    }

    @Test
    void lowerCaseIsComputedOnceAndCached() {
        Tokens tokens = Tokens.of("MILLION Euros");
        assertEquals("million", tokens.lower(0));
        assertSame(tokens.lower(1), tokens.lower(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Between", "BETWEEN", "between"})
    void isComparesIgnoringCase(String word) {
        Tokens tokens = Tokens.of(word + " 300");
        assertTrue(tokens.is(0, "between"));
        assertFalse(tokens.is(0, "betweem"));
        assertFalse(tokens.is(1, "300"));
        assertFalse(tokens.is(-1, "between"));
        assertFalse(tokens.is(5, "between"));
    }

    @Test
    void lowerHashMatchesTheLowerCaseStringHash() {
        Tokens tokens = Tokens.of("Mixed CASE words K9 \u00c9t\u00e9");
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(tokens.lower(i).hashCode(), tokens.lowerHash(i));
        }
    }

    @Test
    void boundsAreSafeForNeighbourChecks() {
        Tokens tokens = Tokens.of("41");
        assertFalse(tokens.isWord(-1));
        assertFalse(tokens.isNumber(1));
        assertFalse(tokens.isSymbol(2, '%'));
        assertFalse(tokens.attached(0));
        assertFalse(tokens.attached(1));
        assertFalse(tokens.isCapitalised(3));
    }

    @Test
    void capitalsAndAllCaps() {
        Tokens tokens = Tokens.of("Valderra NOK euros");
        assertTrue(tokens.isCapitalised(0));
        assertFalse(tokens.isAllCaps(0));
        assertTrue(tokens.isAllCaps(1));
        assertFalse(tokens.isCapitalised(2));
    }

    @Test
    void titleCaseHeadlinesAndCapitals() {
        assertTrue(Tokens.of("Lantavia Orders 41 Howitzers From Seoul").titleCase());
        assertTrue(Tokens.of("I RAN 42KM TO ASK HER").titleCase());
        assertFalse(Tokens.of("Valderra signs \u20ac430 million ferry contract with Aldermoor Marine").titleCase());
        assertFalse(Tokens.of("Up 3%.").titleCase());
    }

    @Test
    void indexAtOrAfterFindsTokensByOffset() {
        Tokens tokens = Tokens.of("It has 600 staff.");
        assertEquals(2, tokens.indexAtOrAfter(7));
        assertEquals(2, tokens.indexAtOrAfter(5));
        assertEquals(tokens.size(), tokens.indexAtOrAfter(100));
    }

    @Test
    void sharedResultsAreComputedOncePerKey() {
        Tokens tokens = Tokens.of("One sentence.");
        AtomicInteger calls = new AtomicInteger();
        Object key = new Object();
        String first = tokens.shared(key, t -> "computed " + calls.incrementAndGet());
        String second = tokens.shared(key, t -> "computed " + calls.incrementAndGet());
        assertEquals("computed 1", first);
        assertSame(first, second);
        assertEquals("other", tokens.shared(new Object(), t -> "other"));
        assertEquals(1, calls.get());
    }

    @Test
    void theSameStringIsCutOncePerThread() throws Exception {
        String sentence = new String("It costs \u20ac430 million.");
        Tokens first = Tokens.of(sentence);
        assertSame(first, Tokens.of(sentence));
        assertFalse(first == Tokens.of(new String(sentence)), "an equal but different String is cut again");
        Tokens[] otherThread = new Tokens[1];
        Thread thread = new Thread(() -> otherThread[0] = Tokens.of(sentence));
        thread.start();
        thread.join();
        assertFalse(first == otherThread[0], "another thread cuts its own");
    }

    @Test
    void longTextsGrowTheTokenArrays() {
        String text = "1 ".repeat(5000);
        assertEquals(5000, Tokens.of(text).size());
    }

    @Test
    void dashesOfAllKinds() {
        Tokens tokens = Tokens.of("a - b \u2013 c \u2014 d \u2011 e");
        assertTrue(tokens.isDash(1));
        assertTrue(tokens.isDash(3));
        assertTrue(tokens.isDash(5));
        assertTrue(tokens.isDash(7));
        assertFalse(tokens.isDash(0));
    }
}
