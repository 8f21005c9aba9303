package claimwatch.extract.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.extract.entity.Token;
import claimwatch.extract.entity.Tokenizer;

class ClauseMaskTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The loan, which has not been signed, is large.                        | which has not been signed
            The penalties apply, although their size has not been disclosed.      | although their size has not been disclosed.
            Although the size is not known, penalties apply.                       | Although the size is not known
            The price rose because steel did not get cheaper.                      | because steel did not get cheaper.
            Sailings stop when the boats cannot sail.                              | when the boats cannot sail.
            It will hold, as the chamber had warned that costs could rise.         | as the chamber had warned that costs could rise.
            Money was attached to projects that were never going to finish.        | that were never going to finish.
            The firm, whose founder never spoke, won.                              | whose founder never spoke
            The film "No Time to Die" earned $800m.                                | "No Time to Die"
            Even though it was not ratified, work began.                           | Even though it was not ratified
            He spoke so that nobody would doubt him.                               | so that nobody would doubt him.
            He proposed early so she could say no.                                 | so she could say no.
            """)
    void unrelatedParts(String sentence, String masked) {
        assertEquals(masked, maskedText(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Lopez said that the deal was not signed.
            The records do not show that any money was paid.
            It is clear that the price is not right.
            The report that was published does not show any payment.
            She expected the hearing to take place as well as the vote.
            The fact that nobody paid matters.
            "Fixed" was the word he used.
            """)
    void complementsSubjectsAndShortQuotesAreNotMasked(String sentence) {
        assertEquals("", maskedText(sentence));
    }

    private String maskedText(String sentence) {
        List<Token> tokens = tokenizer.tokenize(sentence);
        boolean[] mask = ClauseMask.unrelated(tokens);
        int from = -1;
        int to = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (mask[i]) {
                from = from < 0 ? i : from;
                to = i;
            }
        }
        return from < 0 ? "" : sentence.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
