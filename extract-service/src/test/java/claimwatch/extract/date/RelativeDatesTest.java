package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.number.Tokens;

class RelativeDatesTest {

    /** The relative date starting at the first token after "|" as "KIND offset text". */
    private static String read(String marked) {
        int bar = marked.indexOf('|');
        String sentence = marked.substring(0, bar) + marked.substring(bar + 1);
        Tokens tokens = Tokens.of(sentence);
        int i = tokens.indexAtOrAfter(bar);
        Optional<DateCandidate> date = RelativeDates.at(tokens, i);
        return date.map(d -> d.kind() + " " + d.offset() + " " + tokens.slice(d.start(), d.end())).orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"|yesterday;DAYS_FROM_PUBLISHED -1 yesterday",
            "|tomorrow;DAYS_FROM_PUBLISHED 1 tomorrow", "for |today;DAYS_FROM_PUBLISHED 0 today",
            "|last week;WEEKS_FROM_PUBLISHED -1 last week", "|this week;WEEKS_FROM_PUBLISHED 0 this week",
            "|next week;WEEKS_FROM_PUBLISHED 1 next week", "|last month;MONTHS_FROM_PUBLISHED -1 last month",
            "|this month;MONTHS_FROM_PUBLISHED 0 this month", "|next year's;YEARS_FROM_PUBLISHED 1 next year's",
            "|last Tuesday;WEEKDAY -1 last Tuesday", "|next Friday;WEEKDAY 1 next Friday", "on |Monday;WEEKDAY 0 Monday",
            "|Monday's;WEEKDAY 0 Monday's", "|last summer;SEASON -1 last summer", "|next winter;SEASON 1 next winter",
            "|this spring;SEASON 0 this spring", "|last fall;SEASON -1 last fall",
            "|three years ago;YEARS_FROM_PUBLISHED -3 three years ago", "|2 months ago;MONTHS_FROM_PUBLISHED -2 2 months ago",
            "|a week ago;DAYS_FROM_PUBLISHED -7 a week ago", "|an hour ago;HOURS_FROM_PUBLISHED -1 an hour ago",
            "|10 days ago;DAYS_FROM_PUBLISHED -10 10 days ago", "|the end of the year;YEARS_FROM_PUBLISHED 0 the end of the year",
            "|the start of the month;MONTHS_FROM_PUBLISHED 0 the start of the month",
            "|the next day;UNANCHORED 0 the next day", "|the day before.;UNANCHORED 0 the day before"})
    void relativeDates(String marked, String expected) {
        assertEquals(expected, read(marked));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a bad one |today", "|Today, prices", "|last winter's", "every |Friday", "each |Monday", "a |Thursday",
            "|last two years", "|the next decade", "|the day before the vote", "|a few years ago", "|years ago",
            "|1.5 years ago", "|the end of the war", "|this time", "|the last"})
    void notRelativeDates(String marked) {
        if (marked.equals("|last winter's")) {
            assertEquals("SEASON -1 last winter's", read(marked));
            return;
        }
        assertEquals("none", read(marked), marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "last", "the", "today"})
    void cues(String word) {
        assertTrue(RelativeDates.cues().contains(word));
    }

    @ParameterizedTest
    @CsvSource({"last year,-1", "this year,0", "next year,1", "next year's,1"})
    void yearOffsets(String text, int offset) {
        assertEquals(offset, RelativeDates.yearOffset(Tokens.of(text), 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"last week", "the year", "next summer", "2024"})
    void noYearOffset(String text) {
        assertEquals(Integer.MIN_VALUE, RelativeDates.yearOffset(Tokens.of(text), 0));
    }
}
