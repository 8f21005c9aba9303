package claimwatch.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.number.Tokens;

class FractionPercentsTest {

    /** The fraction at the token after "|", as "text=value qualifier key". */
    private static String at(String marked) {
        int bar = marked.indexOf('|');
        String sentence = marked.substring(0, bar) + marked.substring(bar + 1);
        Tokens tokens = Tokens.of(sentence);
        return FractionPercents.at(tokens, tokens.indexAtOrAfter(bar))
                .map(q -> q.text() + "=" + (int) q.value() + " " + q.qualifier().label() + " " + q.key() + " " + q.unit())
                .orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"costs rose by almost |a quarter since 2021.;almost a quarter=25 approximately cost percent",
            "It spent |a quarter of the budget.;a quarter=25 exact budget percent", "Output fell by |a tenth after it.;a tenth=10 exact output percent",
            "Prices rose |a fifth.;a fifth=20 exact price percent", "It rose by nearly |a quarter;nearly a quarter=25 approximately null percent"})
    void fractions(String marked, String expected) {
        assertEquals(expected, at(marked));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a |quarter", "|a quarter-final", "|a quarter of an hour", "|a quarter of a century",
            "|a fifth term", "|a tenth birthday", "|a third", "|a half", "|the quarter"})
    void notFractions(String marked) {
        assertTrue(at(marked).equals("none"), marked);
    }
}
