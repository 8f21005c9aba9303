package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import claimwatch.extract.sentence.Span;

class NumberMatchTest {

    @Test
    void theSpanRunsFromTheFirstToTheLastToken() {
        String sentence = "It carries up to 600 passengers.";
        Tokens tokens = Tokens.of(sentence);
        NumberMatch match = new NumberMatch(2, 4, 5, 600, null, Qualifier.UP_TO, false);
        assertEquals(new Span(11, 20), match.span(tokens));
        assertEquals("up to 600", match.span(tokens).of(sentence));
    }

    @Test
    void theMentionCarriesValueUpperAndQualifier() {
        Tokens tokens = Tokens.of("five to seven years");
        NumberMention mention = new NumberMatch(0, 0, 3, 5, 7.0, Qualifier.RANGE, true).toMention(tokens);
        assertEquals(new Span(0, 13), mention.span());
        assertEquals(5, mention.value());
        assertEquals(7.0, mention.upper());
        assertEquals(Qualifier.RANGE, mention.qualifier());
    }

    @Test
    void aSingleNumberHasNoUpperBound() {
        Tokens tokens = Tokens.of("41");
        assertNull(new NumberMatch(0, 0, 1, 41, null, Qualifier.EXACT, false).toMention(tokens).upper());
    }
}
