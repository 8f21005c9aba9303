package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void wordsNumbersAndPunctuationAreTokensOfTheirOwn() {
        assertEquals(List.of("Lopez", "said", ":", "\"", "It", "costs", "€", "430m", ".", "\""),
                texts("Lopez said: \"It costs €430m.\""));
    }

    @Test
    void possessiveEndingIsSeparateFromTheName() {
        List<Token> tokens = tokenizer.tokenize("Valderra's parliament and Rendal’s office");
        assertEquals(List.of("Valderra", "'s", "parliament", "and", "Rendal", "’s", "office"), texts(tokens));
        assertEquals(Token.Kind.POSSESSIVE, tokens.get(1).kind());
        assertEquals(Token.Kind.POSSESSIVE, tokens.get(5).kind());
    }

    @Test
    void innerApostrophesAndHyphensStayInTheWord() {
        assertEquals(List.of("O'Brien", "doesn't", "like", "British-Norwegian", "F-35", "jets"),
                texts("O'Brien doesn't like British-Norwegian F-35 jets"));
    }

    @Test
    void pluralPossessiveApostropheIsPunctuation() {
        assertEquals(List.of("the", "workers", "'", "union"), texts("the workers' union"));
    }

    @Test
    void initialsAndAbbreviationsKeepTheirPeriods() {
        assertEquals(List.of("U.S.", "officials", "met", "Dr.", "Chen", "of", "Acme", "S.A.", "and", "Beta", "Inc."),
                texts("U.S. officials met Dr. Chen of Acme S.A. and Beta Inc."));
    }

    @Test
    void ordinarySentenceFinalPeriodIsPunctuation() {
        assertEquals(List.of("They", "met", "in", "Oslo", "."), texts("They met in Oslo."));
    }

    @Test
    void numbersKeepDecimalsSeparatorsAndUnits() {
        assertEquals(List.of("4.5", "million", ",", "1,200", "jobs", ",", "2:07:58", "and", "42.2km"),
                texts("4.5 million, 1,200 jobs, 2:07:58 and 42.2km"));
        assertEquals(Token.Kind.NUMBER, tokenizer.tokenize("1,200").get(0).kind());
    }

    @Test
    void offsetsPointIntoTheSentence() {
        String sentence = "  “We will not pay,” said Inés Carbonell’s colleague.";
        for (Token token : tokenizer.tokenize(sentence)) {
            assertEquals(token.text(), sentence.substring(token.start(), token.end()));
        }
    }

    @Test
    void tokenShapes() {
        List<Token> tokens = tokenizer.tokenize("IMS Lopez K9 ferry NPV's 600");
        assertTrue(tokens.get(0).allCaps());
        assertTrue(tokens.get(0).capitalised());
        assertFalse(tokens.get(1).allCaps());
        assertTrue(tokens.get(2).hasDigit());
        assertFalse(tokens.get(3).capitalised());
        assertTrue(tokens.get(4).allCaps());
        assertFalse(tokens.get(6).capitalised());
        assertEquals("lopez", tokens.get(1).lower());
    }

    @Test
    void sameSentenceStringIsTokenizedOnceAndItsTokensAreReadOnly() {
        String sentence = "Lopez said the deal was sound.";
        List<Token> first = tokenizer.tokenize(sentence);
        assertSame(first, new Tokenizer().tokenize(sentence));
        assertEquals(first, tokenizer.tokenize(new String(sentence)));
        assertThrows(UnsupportedOperationException.class, () -> first.add(first.get(0)));
    }

    @Test
    void manyDifferentSentencesStillTokenizeCorrectly() {
        for (int i = 0; i < 600; i++) {
            String sentence = "Sentence number " + i + " mentions Oslo.";
            assertEquals(6, tokenizer.tokenize(sentence).size(), sentence);
            assertEquals(String.valueOf(i), tokenizer.tokenize(sentence).get(2).text());
        }
    }

    @Test
    void emptyTextHasNoTokens() {
        assertEquals(List.of(), tokenizer.tokenize(""));
        assertEquals(List.of(), tokenizer.tokenize("   "));
    }

    private List<String> texts(String sentence) {
        return texts(tokenizer.tokenize(sentence));
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }
}
