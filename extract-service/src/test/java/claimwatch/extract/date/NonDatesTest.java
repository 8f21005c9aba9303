package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonDatesTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-03-12T09:00:00+01:00");

    private static int count(String sentence) {
        return new DateExtractor().extract(sentence, PUBLISHED).size();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"BRUXELLES, 14 mars 2024 \u2013 The Commission acted.|0",
            "PUERTO ALBA, Valderra, 11 March 2024 \u2014 The deal was signed.|0",
            "BERLIN, 11 March 2024 (Newswire) - Prices rose.|0", "LONDON (Reuters), March 11, 2024 \u2013 It fell.|0",
            "London, 11 March 2024 \u2013 prices rose.|1", "It was signed on 14 March 2024 \u2013 a Thursday.|1",
            "Signed 14 March 2024 \u2013 the deal.|1", "BRUXELLES, 14 mars 2024 The Commission acted.|1"})
    void datelines(String sentence, int dates) {
        assertEquals(dates, count(sentence), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Open from Tuesday to Sunday.|0", "Open Monday to Friday.|0",
            "Open Monday through Friday.|0", "Traffic doubles in July and August.|0", "Traffic peaks in June or July.|0",
            "Traffic doubled in July and August.|2", "The port was shut between January and March.|2",
            "It was closed from Tuesday to Sunday.|2", "It will be closed from Tuesday to Sunday.|2",
            "Talks ran on Monday and Tuesday.|2", "In June and in July it rains.|2"})
    void recurringPairs(String sentence, int dates) {
        assertEquals(dates, count(sentence), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"It happens every July and August.|0", "It happens every July or August.|0",
            "It happened every July and in August 2023.|1", "Every Friday and Saturday it opens.|0"})
    void recurringWithEvery(String sentence, int dates) {
        assertEquals(dates, count(sentence), sentence);
    }
}
