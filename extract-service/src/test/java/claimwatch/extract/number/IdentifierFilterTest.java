package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierFilterTest {

    /** Whether the numeral that starts at the marked token (the one after "|") is an identifier. */
    private static boolean identifier(String text) {
        int bar = text.indexOf('|');
        String sentence = text.substring(0, bar) + text.substring(bar + 1);
        Tokens tokens = Tokens.of(sentence);
        int i = tokens.indexAtOrAfter(bar);
        return IdentifierFilter.isIdentifier(tokens, Numerals.read(tokens, i).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"take route |9", "gate |5 opens", "read section |3", "on page |12",
            "chapter |7 says", "Article |50 was", "the number |10 bus", "in flight |370", "at kilometre |35",
            "at kilometre |one", "at km |12", "p. |45", "No. |10 Downing Street", "pp. |12", "fig. |3 shows",
            "level |4 alert", "phase |2 starts", "season |3 of", "version |2 ships", "model |3 cars",
            "the #|1 seller", "the F-|35 jet", "Covid-|19 cases", "the AMC-|96 design", "GMT+|1 time", "COVID|19 rules",
            "Vision |2030 aims", "Apollo |11 flew", "a Boeing |737 order", "Windows |11 users", "at |8am",
            "at |3pm sharp", "at |6 p.m. today", "at |11 GMT", "at |10:30 today", "in 2:|58 flat",
            "its |5G network", "a |3D printer", "call |555-123-4567", "call +|44 20 7946 0958", "call (020) |7946 0958",
            "open |24/7 now"})
    void identifiers(String text) {
        assertTrue(identifier(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"cut |600 jobs", "In |2022 it", "About |600 left", "Only |41 were",
            "Hanwha's |41 guns", "NOK |640 million", "CHF |12 a share", "mid-|2023 prices", "pre-|2020 levels",
            "over |300-400 jobs", "the |2022 report", "Lantavia Orders |41 Howitzers From Seoul", "it fell |4.5%",
            "a |96-metre ferry", "up |5 points", "Roughly |41 were", "MILLION |5 times", "in |2 years",
            "the |12 months", "scored |21 18 points", "day |3 of the trial", "the line |38 seconds"})
    void counts(String text) {
        assertFalse(identifier(text), text);
    }
}
