package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationEvidenceTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Aldermoor Marine Engineering            | true
            Skarvik Energy Systems                  | true
            Ministry of Defence                     | true
            Centre for Coastal Transport Studies    | true
            Transport Commission of the Parliament  | true
            Museo de Arte Contemporáneo             | true
            Daily Klaxon                            | true
            Sunday Courier                          | true
            JSA Research                            | true
            BBC News                                | true
            Harbor Times                            | true
            Maria Lopez                             | false
            Marine Le Pen                           | false
            Green Left                              | false
            Commission                              | false
            Parliament                              | false
            Henry VIII                              | false
            PUERTO ALBA                             | false
            """)
    void byTheNameAlone(String name, boolean organisation) {
        List<Token> tokens = tokenizer.tokenize(name);
        assertEquals(organisation, OrganisationEvidence.byName(tokens, 0, tokens.size()), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Navieras Publicas de Valderra (NPV) runs ships.          | 0 | 4 | NPV  | true
            the Green Left group said no.                            | 1 | 3 |      | true
            the Astilleros del Alba yard is busy.                    | 1 | 4 |      | true
            the shipbuilder Hanwha won.                              | 2 | 3 |      | true
            Norwegian supplier Skarvik won.                          | 2 | 3 |      | true
            Reuters reported that it rained.                         | 0 | 1 |      | true
            El Faro de Valderra reported on Tuesday.                 | 0 | 4 |      | true
            the paper, citing Bloomberg, said so.                    | 4 | 5 |      | true
            Maria Lopez reported the loss.                           | 0 | 2 |      | false
            Reuters is a news agency.                                | 0 | 1 |      | true
            the Puerto Alba yard is busy.                            | 1 | 3 |      | false
            the London group met.                                    | 1 | 2 |      | false
            Maria Lopez said no.                                     | 0 | 2 |      | false
            """)
    void byTheWordsAround(String sentence, int start, int to, String acronym, boolean organisation) {
        List<Token> tokens = tokenizer.tokenize(sentence);
        String text = NameClassifier.text(sentence, tokens, start, to);
        assertEquals(organisation, OrganisationEvidence.byContext(tokens, start, to, acronym, text), sentence);
    }
}
