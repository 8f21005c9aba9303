package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonOrPlaceTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Maria Lopez spoke.                        | 0 | 2 | false | false | person | weak
            the painter Amparo Lezcano won.           | 2 | 4 | false | false | person | strong
            It was Kiprono.                           | 2 | 3 | true  | false | person | strong
            sent from Corva today.                    | 2 | 3 | false | true  | place  | weak
            sent from Buenos Aires today.             | 2 | 4 | false | true  | place  | weak
            in May 2024.                              | 1 | 2 | false | true  | none   | none
            Reuters said so.                          | 0 | 1 | false | false | organisation | strong
            Corva said so.                            | 0 | 1 | false | false | none   | none
            Alpha Beta Gamma Delta Epsilon spoke.     | 0 | 5 | false | false | none   | none
            """)
    void byShape(String sentence, int start, int to, boolean titled, boolean afterPreposition, String type,
            String strength) {
        List<Token> tokens = tokenizer.tokenize(sentence);
        Mention mention = PersonOrPlace.byShape(tokens, start, to, NameClassifier.text(sentence, tokens, start, to),
                titled, afterPreposition);
        assertEquals(type, mention.type() == null ? "none" : mention.type().label(), sentence);
        assertEquals(strength, mention.type() == null ? "none" : mention.strong() ? "strong" : "weak", sentence);
    }

    @Test
    void placesByGazetteerPrefixOrContext() {
        List<Token> tokens = tokenizer.tokenize("Puerto Alba and New York and Corva");
        assertTrue(PersonOrPlace.isPlace(tokens, 0, 2, "Puerto Alba", false));
        assertTrue(PersonOrPlace.isPlace(tokens, 3, 5, "New York", false));
        assertFalse(PersonOrPlace.isPlace(tokens, 6, 7, "Corva", false));
        assertTrue(PersonOrPlace.isPlace(tokens, 6, 7, "Corva", true));
    }

    @Test
    void placeIntroducedWithOf() {
        List<Token> tokens = tokenizer.tokenize("the region of Valderra and the mayor of Corva and the Bank of Spain");
        assertTrue(PersonOrPlace.introducedAsPlace(tokens, 3));
        assertTrue(PersonOrPlace.introducedAsPlace(tokens, 8));
        assertFalse(PersonOrPlace.introducedAsPlace(tokens, 13));
        assertFalse(PersonOrPlace.introducedAsPlace(tokens, 0));
    }

    @Test
    void placePrepositions() {
        List<Token> tokens = tokenizer.tokenize("in Oslo from Corva at Bergen near Lund to Rome In Paris");
        assertTrue(PersonOrPlace.afterPlacePreposition(tokens, 1));
        assertTrue(PersonOrPlace.afterPlacePreposition(tokens, 3));
        assertTrue(PersonOrPlace.afterPlacePreposition(tokens, 5));
        assertTrue(PersonOrPlace.afterPlacePreposition(tokens, 7));
        assertFalse(PersonOrPlace.afterPlacePreposition(tokens, 9));
        assertFalse(PersonOrPlace.afterPlacePreposition(tokens, 11));
        assertFalse(PersonOrPlace.afterPlacePreposition(tokens, 0));
    }
}
