package claimwatch.api.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleTermsTest {

    @Test
    void stopWordsNumbersAndShortWordsAreDropped() {
        assertEquals(List.of("valderra", "sign", "ferry", "contract", "aldermoor", "marine"),
                TitleTerms.of("Valderra signs €430 million ferry contract with Aldermoor Marine on Monday"));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(TitleTerms.of("Joaquin RENDAL"), TitleTerms.of("Joaquín Rendal"));
    }

    @ParameterizedTest
    @CsvSource({ "ferries, ferry", "contracts, contract", "signing, sign", "approved, approv", "business, business", "bus, bus",
            "status, status", "analysis, analysis", "classes, class" })
    void lightStemming(String word, String stem) {
        assertEquals(stem, TitleTerms.stem(word));
    }

    @Test
    void nullTextHasNoTerms() {
        assertEquals(List.of(), TitleTerms.of(null));
    }
}
