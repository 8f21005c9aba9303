package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    /** Whether the numeral at the token after "|" is a group of a phone number. */
    private static boolean phone(String marked) {
        int bar = marked.indexOf('|');
        String text = marked.substring(0, bar) + marked.substring(bar + 1);
        Tokens tokens = Tokens.of(text);
        return PhoneNumbers.contain(tokens, tokens.indexAtOrAfter(bar));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"call |020 7946 0958;true", "call 020 |7946 0958;true", "call 020 7946 |0958;true",
            "+|44 20 7946 0958;true", "+44 |20 7946 0958;true", "+|1 202;true", "(020) |7946 0958;true",
            "|555-123-4567;true", "555-|123-4567;true", "|555.123.4567;false", "|2019 2020 2021;true",
            "|300-400 jobs;false", "|41 guns;false", "in |2022 600 jobs;false", "|1,200 4,500 6,000;false",
            "|12345 678 910;false", "|4.5 6.7 8.9;false", "+|3.5%;false", "|12 March 2024;false"})
    void groups(String marked, boolean expected) {
        assertEquals(expected, phone(marked), marked);
    }
}
