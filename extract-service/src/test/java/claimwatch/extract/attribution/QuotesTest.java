package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuotesTest {

    @Test
    void quoteClosedInItsSentence() {
        assertEquals(List.of(new QuoteLayout(true, false, false, false)),
                layouts("\"It is sound,\" Lopez said."));
    }

    @Test
    void quoteRunningOverThreeSentences() {
        assertEquals(List.of(new QuoteLayout(true, false, false, true), new QuoteLayout(true, true, true, true),
                new QuoteLayout(true, false, true, false)),
                layouts("Lopez said: \"We build. We sell. We win,\" she added."));
    }

    @Test
    void wholeSentenceQuoteIsPure() {
        assertEquals(new QuoteLayout(true, true, false, false), layouts("\"It is sound.\"").get(0));
        assertEquals(new QuoteLayout(true, true, false, false), layouts("“It is sound.”").get(0));
    }

    @Test
    void curlyAndSingleQuotes() {
        assertTrue(layouts("‘It is sound,’ Lopez said.").get(0).speech());
        assertTrue(layouts("'It is sound,' Lopez said.").get(0).speech());
        assertEquals(new QuoteLayout(true, false, false, true), layouts("Lopez said: ‘We build. We win.’").get(0));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(QuoteLayout.NONE, layouts("The workers' union met at Lopez's office.").get(0));
        assertEquals(QuoteLayout.NONE, layouts("It's the '90s again, isn't it?").get(0));
        assertEquals(QuoteLayout.NONE, layouts("Rendal’s office said the yard’s owners agreed.").get(0));
    }

    @Test
    void singleQuotesInsideDoubleQuotesDoNotEndIt() {
        List<QuoteLayout> layouts = layouts("\"They called it 'a gamble'. It is not,\" Lopez said.");
        assertEquals(new QuoteLayout(true, true, false, true), layouts.get(0));
        assertEquals(new QuoteLayout(true, false, true, false), layouts.get(1));
    }

    @Test
    void quotedTitleIsNotSpeech() {
        assertFalse(layouts("The ship was renamed \"Sea Star\" in 2020.").get(0).speech());
        assertTrue(layouts("He called it \"premature\" on Monday.").get(0).speech());
    }

    @Test
    void newParagraphOpeningAnotherQuoteContinuesTheOpenOne() {
        List<QuoteLayout> layouts = layouts("\"We build ships.\n\n\"We also repair them,\" Lopez said.");
        assertTrue(layouts.get(0).endsOpen());
        assertTrue(layouts.get(1).startsOpen());
        assertFalse(layouts.get(1).endsOpen());
    }

    @Test
    void strayQuoteMarkIsForgottenAfterSixSentences() {
        List<QuoteLayout> layouts = layouts("\"One. Two. Three. Four. Five. Six. Seven. Eight.");
        assertTrue(layouts.get(4).endsOpen());
        assertFalse(layouts.get(7).startsOpen());
    }

    @Test
    void quotedWordsAreMarkedAndTheRestIsNot() {
        SentenceView view = Views.last("\"It is sound,\" Lopez said.");
        assertTrue(view.quoted(Views.indexOf(view, "sound")));
        assertTrue(view.quoted(0));
        assertFalse(view.quoted(Views.indexOf(view, "Lopez")));
        assertFalse(view.quoted(Views.indexOf(view, "said")));
    }

    private static List<QuoteLayout> layouts(String text) {
        return Quotes.mark(Views.of(text));
    }
}
