package claimwatch.extract.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.extract.entity.Token;
import claimwatch.extract.entity.Tokenizer;

/** The three cue finders on their own, with nothing masked: what each word means before the clauses are read. */
class CueFindersTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            No payment was made.                              | no
            It was no later than 2030.                        | -
            It cost no more than €52 million.                 | -
            There is no doubt about it.                       | -
            No. 2 is the best.                                | -
            She said no to the plan.                          | -
            She said no money was paid.                       | no
            They voted no.                                    | -
            It is not only cheap but also fast.               | -
            It was not just an improvement.                   | -
            Whether or not it passes, we build.               | -
            Dozens, if not hundreds, came.                    | -
            It is a change of scale, not a tweak.             | -
            It is not without risk.                           | -
            It was signed without a vote.                     | without
            It was, without doubt, the best.                  | -
            Nothing has been paid.                            | nothing
            It couldn’t be worse.                             | couldn’t
            Costs could not be ruled out.                     | -
            Neither figure matches.                           | neither
            """)
    void negations(String sentence, String cue) {
        assertEquals(cue, found(NegationCues.first(tokens(sentence), nothing(sentence))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            If it passes, we build.                           | if
            We build only if it passes.                       | if
            Reporters asked if it passed.                     | -
            It looked as if it passed.                        | -
            Even if it passes, we wait.                       | -
            Few, if any, passed.                              | -
            If only it had passed.                            | -
            What if it passes?                                | -
            Unless it passes, we wait.                        | unless
            We pay provided that it passes.                   | provided that
            Figures provided by the ministry show it.         | -
            We lend on condition that it passes.              | on condition that
            We wait as long as it takes.                      | as long as
            It took as long as three years.                   | -
            In the event that it fails, we pay.               | in the event that
            """)
    void conditions(String sentence, String cue) {
        List<Cue> cues = ConditionCues.all(tokens(sentence), nothing(sentence));
        assertEquals(cue, cues.isEmpty() ? "-" : cues.get(0).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It may pass.                                      | may
            The vote is in May.                               | -
            May it pass?                                      | may
            May 18 is the day.                                | -
            Lopez said it would pass.                         | -
            It would pass.                                    | would
            I would like to believe it.                       | -
            I would rather wait.                              | -
            It is expected to pass.                           | is expected to
            Analysts had expected a profit.                   | expected
            The expected cost rose.                           | -
            Costs were higher than expected.                  | -
            It appears to work.                               | appears to
            It is said to work.                               | is said to
            People said to me it works.                       | -
            It is reported to work.                           | is reported to
            Costs could not be ruled out.                     | could not be ruled out
            They did not rule out a rise.                     | did not rule out
            It will almost certainly pass.                    | almost certainly
            It will certainly pass.                           | -
            The yard expects to hire.                         | expects to
            """)
    void hedges(String sentence, String cue) {
        assertEquals(cue, found(HedgeCues.first(tokens(sentence), nothing(sentence))));
    }

    @Test
    void ignoredTokensAreSkipped() {
        List<Token> tokens = tokens("It could not pass.");
        boolean[] ignored = new boolean[tokens.size()];
        ignored[1] = true;
        ignored[2] = true;
        assertEquals(Optional.empty(), NegationCues.first(tokens, ignored));
        assertEquals(Optional.empty(), HedgeCues.first(tokens, ignored));
    }

    @Test
    void negators() {
        assertTrue(NegationCues.isNegator("not"));
        assertTrue(NegationCues.isNegator("cannot"));
        assertTrue(NegationCues.isNegator("won't"));
        assertTrue(NegationCues.isNegator("didn’t"));
        assertFalse(NegationCues.isNegator("never"));
        assertFalse(NegationCues.isNegator("note"));
    }

    private List<Token> tokens(String sentence) {
        return tokenizer.tokenize(sentence);
    }

    private boolean[] nothing(String sentence) {
        return new boolean[tokens(sentence).size()];
    }

    private static String found(Optional<Cue> cue) {
        return cue.map(Cue::text).orElse("-");
    }
}
