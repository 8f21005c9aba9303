package claimwatch.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.extract.number.NumberMatch;
import claimwatch.extract.number.NumberParser;
import claimwatch.extract.number.Tokens;

class CountReaderTest {

    /** What CountReader makes of each number in the sentence: "text|item|unit" or "none". */
    private static String counts(String sentence) {
        Tokens tokens = Tokens.of(sentence);
        List<String> out = new ArrayList<>();
        for (NumberMatch number : new NumberParser().matches(tokens)) {
            out.add(CountReader.read(tokens, number)
                    .map(q -> q.text() + "|" + (q.item() == null ? "-" : q.item()) + "|" + (q.unit() == null ? "-" : q.unit()))
                    .orElse("none"));
        }
        return String.join(" ; ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"It cut 600 jobs.#600 jobs|jobs|-", "Nine of the ships.#Nine of the ships|ships|-",
            "Two of its deputies.#Two of its deputies|deputies|-", "Two of them.#none", "29 of them.#29|-|-",
            "Three of NPV's dozen routes.#Three|-|- ; dozen routes|routes|-", "Nine more.#Nine more|-|-",
            "Two more ferries.#Two more ferries|ferries|-", "Six rounds per minute.#Six rounds per minute|rounds|per minute",
            "600 passengers per day.#600 passengers per day|passengers|per day", "600 passengers a year.#600 passengers|passengers|-",
            "The 7.40 boat.#none", "The 7.40 boats.#7.40 boats|boats|-", "At 7.10.#none", "Two people familiar with it.#none",
            "Two officials involved in it.#none", "Two people who asked.#none", "Two people died.#Two people|people|-",
            "One website said.#none", "Just one supplier.#Just one supplier|supplier|-", "Only one.#Only one|-|-",
            "With one abstention.#one abstention|abstention|-", "One day.#none", "To one knee.#none", "Eight.#Eight|-|-",
            "They won 42 to 38.#42|-|- ; 38|-|-", "Won 42 to 38.#38|-|-"})
    void counts(String sentence, String expected) {
        assertEquals(expected, counts(sentence));
    }
}
