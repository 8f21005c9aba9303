package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.extract.number.Tokens;

class TenseTest {

    /** The tense around the word marked with brackets, e.g. "signed on [Monday]". */
    private static Tense around(String marked) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']');
        String sentence = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
        Tokens tokens = Tokens.of(sentence);
        int start = tokens.indexAtOrAfter(open);
        int end = tokens.indexAtOrAfter(close - 1);
        return Tense.around(tokens, start, end);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The contract was signed on [Monday].|PAST", "It will be signed on [Monday].|FUTURE",
            "It is expected to be signed on [Monday].|FUTURE", "It is set for [Monday].|FUTURE",
            "It is due on [Monday].|FUTURE", "A vote is scheduled for [Monday].|FUTURE",
            "They'll vote on [Monday].|FUTURE", "He said on [Monday] that it was fine.|PAST",
            "The fire started on [Sunday].|PAST", "It sold out on [Friday].|PAST", "It will be sold on [Friday].|FUTURE", "It had been sold on [Friday].|PAST",
            "The ferry to be sold on [Friday].|NONE",
            "The disputed contract on [Friday].|NONE", "The signing would follow [Tuesday]'s report.|NONE",
            "He said he would have an X-ray on his left wrist on [Sunday].|FUTURE",
            "Registration opens on [June] 1.|NONE", "[Sunday]'s stage is long, which is expected to end in a sprint.|FUTURE",
            "On [Monday] the minister said it was over.|PAST", "On [Monday], the region will sign.|FUTURE",
            "It needs a speed boost on [Monday].|NONE", "Shares fell on [Monday].|PAST",
            "Talks began in [March].|PAST", "\"I will go\"; it ended on [Monday].|PAST"})
    void theNearestMarkerDecides(String marked, Tense expected) {
        assertEquals(expected, around(marked));
    }
}
