package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordNumeralsTest {

    /** The spelled-out number at the token after "|", as "value/tokens read". */
    private static String read(String marked) {
        int bar = marked.indexOf('|');
        String text = marked.substring(0, bar) + marked.substring(bar + 1);
        Tokens tokens = Tokens.of(text);
        int i = tokens.indexAtOrAfter(bar);
        Optional<Numeral> numeral = WordNumerals.read(tokens, i);
        return numeral.map(n -> NumberParserTest.plain(n.value()) + "/" + (n.end() - n.start())).orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"|zero;0/1", "|one ship;1/1", "|eleven;11/1", "|nineteen;19/1", "|twenty;20/1",
            "|twenty-one;21/3", "|twenty one;21/2", "|ninety-nine;99/3", "|one hundred;100/2", "|a hundred;100/2",
            "|two hundred and five;205/4", "|two hundred and fifty;250/4", "|nine hundred ninety;990/3",
            "|one thousand;1000/2", "|a thousand;1000/2", "|ten thousand;10000/2", "|twelve thousand five hundred;12500/4",
            "|one million two hundred thousand;1200000/5", "|two billion;2000000000/2", "|a trillion;1000000000000/2",
            "|a dozen;12/2", "|two dozen;24/2", "|half a dozen;6/3", "|half a million;500000/3",
            "|half a billion;500000000/3", "|twice;2/1", "|thrice;3/1", "|doubled;2/1", "|doubles;2/1",
            "|doubling;2/1", "|triple;3/1", "|quadrupled;4/1", "the operator's |dozen;12/1", "its |dozen;12/1",
            "|Forty-Three;43/3", "|THIRTY;30/1", "|one and;1/1", "|two hundred and;200/2", "|ten five;10/1",
            "|twenty thirty;20/1", "|five six;5/1", "|twenty-year;20/1", "|one-off;1/1"})
    void spelledOutNumbers(String marked, String expected) {
        assertEquals(expected, read(marked));
    }

    @ParameterizedTest
    @ValueSource(strings = {"|hundred", "|thousand", "|million", "|dozen", "|dozens", "|hundreds", "|thousands",
            "|half", "|a", "|an apple", "|a few", "|a couple", "|first", "|second", "|the", "the |one", "no |one",
            "not |one", "every |one", "the other |one", "|one another", "|one anyone", "a |double", "the |double",
            "|double-ended", "a |dozen", "|several", "|many"})
    void notNumbers(String marked) {
        assertEquals("none", read(marked), marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"one", "twenty", "a", "an", "half", "dozen", "twice", "doubled"})
    void startWords(String word) {
        assertTrue(WordNumerals.starts().contains(word));
        assertTrue(WordNumerals.mayStart(Tokens.of(word), 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the", "hundred", "million", "first", "dozens"})
    void notStartWords(String word) {
        assertTrue(!WordNumerals.mayStart(Tokens.of(word), 0));
    }
}
