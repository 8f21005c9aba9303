package claimwatch.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.number.NumberMatch;
import claimwatch.extract.number.NumberParser;
import claimwatch.extract.number.Tokens;

class AgesTest {

    /** Whether each number of the sentence is an age, as "number:yes/no" in order. */
    private static String ages(String sentence) {
        Tokens tokens = Tokens.of(sentence);
        StringBuilder out = new StringBuilder();
        for (NumberMatch number : new NumberParser().matches(tokens)) {
            out.append(out.length() == 0 ? "" : " ").append(tokens.slice(number.numberStart(), number.end()))
                    .append(Ages.isAge(tokens, number) ? ":yes" : ":no");
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Pepe Arrieta, 58, a fisherman, said so.|58:yes",
            "The mayor, 61, won a third term.|61:yes", "Her son, 9, was rescued.|9:yes", "Okonjo, 24, crossed the line.|24:yes",
            "He was aged 64.|64:yes", "Her two sons, aged three and six, came.|two:no three:yes six:yes",
            "Pupils aged 11 to 16 sit the test.|11 to 16:yes", "My daughter, who is nine, will drive.|nine:yes",
            "He, who was 40, left.|40:yes", "Children under ten get it free.|ten:yes", "People over 65 are at risk.|65:yes",
            "Patients aged 70 or older.|70:yes", "In 2019, 41, 42 and 43 arrived.|2019:no 41:no 42:no 43:no",
            "Sales, 600, were flat.|600:no", "The fund, 1.5, rose.|1.5:no", "It cut 58 jobs.|58:no",
            "Arrieta, about 58, said.|58:no", "Prices under 10 are rare.|10:no", "Tom, 58 and Ann, 44, came.|58:no 44:yes"})
    void ages(String sentence, String expected) {
        assertEquals(expected, ages(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kenyan", "man", "woman", "runner", "of", "."})
    void yearOldDescribesAPerson(String next) {
        assertTrue(Ages.describesPerson(Tokens.of(next), 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hull", "bridge", "ferry", "contract"})
    void yearOldDescribesAThing(String next) {
        assertFalse(Ages.describesPerson(Tokens.of(next), 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ships, 150, sailed.|150:no", "Ann, 121, smiled.|121:no", "Ann, 120, smiled.|120:yes"})
    void anAgeIsAtMostOneHundredAndTwenty(String sentence, String expected) {
        assertEquals(expected, ages(sentence));
    }
}
