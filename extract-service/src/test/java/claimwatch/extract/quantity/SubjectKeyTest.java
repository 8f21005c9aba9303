package claimwatch.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.extract.number.Tokens;

class SubjectKeyTest {

    /** The key for a figure starting at the token after "|". */
    private static String before(String marked) {
        int bar = marked.indexOf('|');
        String text = marked.substring(0, bar) + marked.substring(bar + 1);
        Tokens tokens = Tokens.of(text);
        String key = SubjectKey.before(tokens, tokens.indexAtOrAfter(bar));
        return key == null ? "-" : key;
    }

    private static String nounBefore(String marked) {
        int bar = marked.indexOf('|');
        String text = marked.substring(0, bar) + marked.substring(bar + 1);
        Tokens tokens = Tokens.of(text);
        String key = SubjectKey.nounBefore(tokens, tokens.indexAtOrAfter(bar));
        return key == null ? "-" : key;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"costs rose |23%;cost", "costs rose by |23%;cost", "the cost had risen |23%;cost",
            "prices have gone up |5%;price", "sales were down |3%;sales", "Shares in Brunnmatt rose |3.4%;share",
            "cut deaths by |30%;death", "raised rates by |25 basis points;rate", "it rose |5%;-", "they rose |5%;-",
            "costs were |5%;-", "the fund grew |3%;fund", "profits also fell |2%;profit"})
    void changes(String marked, String key) {
        assertEquals(key, before(marked));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"a range of |about 40 km;range", "occupancy |close to 95%;occupancy",
            "a margin of |between 4% and 6%;margin", "a speed of |16.5 knots;speed", "an average of |17%;-",
            "a total of |5%;-", "crossed the line |38 seconds;-", "took |nearly three minutes;-", "$3.4bn |over 30 years;-",
            "Valderra of |5%;-", "the rising of |5%;-"})
    void nounsJoinedByOfOrAQualifier(String marked, String key) {
        assertEquals(key, nounBefore(marked));
    }
}
