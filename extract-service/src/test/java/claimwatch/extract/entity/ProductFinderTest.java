package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductFinderTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest
    @ValueSource(strings = {"K9", "K10", "A330", "F-35", "AMC-96", "MQ-9B", "T-72", "Mk2", "B737", "SU-57", "A400M"})
    void modelCodes(String code) {
        assertEquals(true, ProductFinder.isModelCode(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q3", "H1", "FY2024", "CO2", "NO2", "PM2", "COVID-19", "Covid-19", "G7", "G20", "A1", "M25",
        "F1", "MP3", "B2B", "H5N1", "GMT", "NOK640m", "EUR56m", "USD60m", "US2", "k9", "K", "ferry", "2024", "Route"})
    void notModelCodes(String word) {
        assertEquals(false, ProductFinder.isModelCode(word), word);
    }

    @Test
    void codeTakesTheCapitalisedWordsAroundIt() {
        assertEquals(List.of("K9 Thunder"), products("The army bought 18 K9 Thunder howitzers."));
        assertEquals(List.of("Airbus A330 MRTT"), products("They ordered the Airbus A330 MRTT tanker."));
        assertEquals(List.of("Lockheed Martin F-35"), products("The Lockheed Martin F-35 flew."));
    }

    @Test
    void codeDoesNotTakeAPlaceATitleOrASentenceInitialWord() {
        assertEquals(List.of("K9"), products("Lantavia K9 guns arrived."));
        assertEquals(List.of("K9"), products("Buying the Norway K9 was easy.").stream().filter(p -> p.equals("K9")).toList());
        assertEquals(List.of("F-35"), products("Minister F-35 is a nickname."));
        assertEquals(List.of("AMC-96"), products("Aldermoor's AMC-96 design is new."));
    }

    @Test
    void twoCodesAreTwoProducts() {
        assertEquals(List.of("K9", "K10"), products("It buys the K9 and the K10."));
    }

    private List<String> products(String sentence) {
        List<Token> tokens = tokenizer.tokenize(sentence);
        List<Mention> mentions = new ArrayList<>();
        ProductFinder.find(tokens, new boolean[tokens.size()], mentions);
        return mentions.stream().map(m -> NameClassifier.text(sentence, tokens, m.from(), m.to())).toList();
    }
}
