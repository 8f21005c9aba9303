package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class QuoteGroupsTest {

    private static final Attribution LOPEZ = new Attribution(List.of("Maria Lopez"), "fellow", "said",
            AttributionKind.INDIRECT);
    private static final QuoteLayout PLAIN = QuoteLayout.NONE;
    private static final QuoteLayout OPENS = new QuoteLayout(true, false, false, true);
    private static final QuoteLayout MIDDLE = new QuoteLayout(true, true, true, true);
    private static final QuoteLayout CLOSES = new QuoteLayout(true, false, true, false);
    private static final QuoteLayout PURE = new QuoteLayout(true, true, false, false);

    @Test
    void sentencesJoinedByAnOpenQuoteFormAGroup() {
        String text = "Lopez spoke. \"We build. We sell. We win,\" she said. It ended.";
        List<SentenceView> views = Views.of(text);
        assertArrayEquals(new int[] {0, 1, 1, 1, 4}, QuoteGroups.starts(Quotes.mark(views), views));
    }

    @Test
    void questionCutFromItsAttributionJoinsTheNextSentence() {
        List<SentenceView> views = Views.of("\"Is it fair?\" she asked. \"Yes!\" He left.");
        assertArrayEquals(new int[] {0, 0, 2, 3}, QuoteGroups.starts(Quotes.mark(views), views));
    }

    @Test
    void everyMemberTakesTheAttributionFoundInAnyOfThem() {
        List<Optional<Attribution>> filled = QuoteGroups.fill(
                list(Optional.empty(), Optional.empty(), Optional.of(LOPEZ)), List.of(OPENS, MIDDLE, CLOSES),
                new int[] {0, 0, 0});
        Attribution quoted = new Attribution(List.of("Maria Lopez"), null, "said", AttributionKind.DIRECT_QUOTE);
        assertEquals(List.of(Optional.of(quoted), Optional.of(quoted),
                Optional.of(new Attribution(List.of("Maria Lopez"), "fellow", "said", AttributionKind.DIRECT_QUOTE))),
                filled);
    }

    @Test
    void memberTakesTheNearestEarlierAttributionInTheGroup() {
        Attribution chen = new Attribution(List.of("Wei Chen"), null, "added", AttributionKind.DIRECT_QUOTE);
        List<Optional<Attribution>> filled = QuoteGroups.fill(
                list(Optional.of(LOPEZ), Optional.empty(), Optional.of(chen)), List.of(OPENS, MIDDLE, CLOSES),
                new int[] {0, 0, 0});
        assertEquals(List.of("Maria Lopez"), filled.get(1).orElseThrow().speakers());
    }

    @Test
    void groupWithoutAttributionContinuesTheSentenceBefore() {
        List<Optional<Attribution>> filled = QuoteGroups.fill(
                list(Optional.of(LOPEZ), Optional.empty(), Optional.empty()), List.of(PLAIN, OPENS, CLOSES),
                new int[] {0, 1, 1});
        assertEquals("said", filled.get(2).orElseThrow().cue());
        assertEquals(AttributionKind.DIRECT_QUOTE, filled.get(2).orElseThrow().kind());
        assertEquals(null, filled.get(2).orElseThrow().role());
    }

    @Test
    void pureQuoteContinuesOnlyReportedSpeech() {
        Attribution accordingTo = new Attribution(List.of("ministry"), null, "according to",
                AttributionKind.ACCORDING_TO);
        assertEquals(Optional.empty(), QuoteGroups.fill(list(Optional.of(accordingTo), Optional.empty()),
                List.of(PLAIN, PURE), new int[] {0, 1}).get(1));
        assertEquals(List.of("Maria Lopez"), QuoteGroups.fill(list(Optional.of(LOPEZ), Optional.empty()),
                List.of(PLAIN, PURE), new int[] {0, 1}).get(1).orElseThrow().speakers());
    }

    @Test
    void plainSentenceAfterAnAttributionStaysUnattributed() {
        assertEquals(Optional.empty(), QuoteGroups.fill(list(Optional.of(LOPEZ), Optional.empty()),
                List.of(PLAIN, PLAIN), new int[] {0, 1}).get(1));
    }

    @Test
    void pureQuoteOpeningTheArticleHasNoOneToContinue() {
        assertEquals(Optional.empty(), QuoteGroups.fill(list(Optional.empty()), List.of(PURE), new int[] {0}).get(0));
    }

    @SafeVarargs
    private static List<Optional<Attribution>> list(Optional<Attribution>... attributions) {
        return new ArrayList<>(List.of(attributions));
    }
}
