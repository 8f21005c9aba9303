package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = LanguageDetector.load();

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "en#The harbour authority said on Tuesday that the new ferries would cut journey times to the islands by a quarter, although the first of them will not arrive before 2027.",
        "es#La autoridad portuaria afirmó el martes que los nuevos transbordadores reducirán en una cuarta parte el tiempo de viaje a las islas, aunque el primero no llegará antes de 2027.",
        "fr#L'autorité portuaire a déclaré mardi que les nouveaux ferries réduiraient d'un quart la durée du trajet vers les îles, même si le premier n'arrivera pas avant 2027.",
        "de#Die Hafenbehörde erklärte am Dienstag, die neuen Fähren würden die Fahrzeit zu den Inseln um ein Viertel verkürzen, auch wenn die erste nicht vor 2027 kommen werde.",
        "it#L'autorità portuale ha dichiarato martedì che i nuovi traghetti ridurranno di un quarto il tempo di viaggio verso le isole, anche se il primo non arriverà prima del 2027.",
        "pt#A autoridade portuária afirmou na terça-feira que as novas balsas vão reduzir em um quarto o tempo de viagem para as ilhas, embora a primeira só chegue em 2027."})
    void detectsSixLanguagesFromAParagraph(String code, String text) {
        assertEquals(Optional.of(code), DETECTOR.detect(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Hello world", "EN | FR | DE", "OK", "Taxi hotel restaurant bar", "Puerto Alba, 2024"})
    void shortTextIsUnsure(String text) {
        assertEquals(Optional.empty(), DETECTOR.detect(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Puerto Alba 2024 Corva Sereno NPV CCTS 430 600 2027 Aldermoor", "Hotel Restaurant Taxi Bar Pizza Internet Radio Video Camera",
        "OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK", "1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234"})
    void namesNumbersAndLoanWordsAreUnsure(String text) {
        assertEquals(Optional.empty(), DETECTOR.detect(text));
    }

    @Test
    void nullIsUnsure() {
        assertEquals(Optional.empty(), DETECTOR.detect(null));
    }

    @Test
    void aLongTextIsJudgedOnItsBeginning() {
        String english = "The regional parliament will vote on the contract in April, the speaker announced on Friday. ";
        assertEquals(Optional.of("en"), DETECTOR.detect(english.repeat(100)));
    }

    @Test
    void theModelIsReadOnce() {
        assertSame(DETECTOR, LanguageDetector.load());
    }

    @Test
    void oneDetectorServesManyThreads() throws Exception {
        List<String> texts = List.of(
                "The harbour authority said on Tuesday that the new ferries would cut journey times to the islands.",
                "La autoridad portuaria afirmó el martes que los nuevos transbordadores reducirán el tiempo de viaje.",
                "Die Hafenbehörde erklärte am Dienstag, die neuen Fähren würden die Fahrzeit zu den Inseln verkürzen.");
        List<String> expected = List.of("en", "es", "de");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int index = i % 3;
                results.add(pool.submit(() -> DETECTOR.detect(texts.get(index)).equals(Optional.of(expected.get(index)))));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
