package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateSpansTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-03-12T09:00:00+01:00");

    private static List<String> texts(String sentence) {
        return new DateExtractor().extract(sentence, PUBLISHED).stream().map(DateMention::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"It came in 2027.|2027", "It came on Monday.|Monday",
            "Cut at the beginning of 2025.|the beginning of 2025", "Cut in early 2025.|early 2025",
            "Cut in late 2025.|late 2025", "Cut in mid-2025.|mid-2025", "Cut at the end of 2025.|the end of 2025",
            "Cut in the middle of 2025.|the middle of 2025", "Cut in the second half of 2025.|the second half of 2025",
            "Due in the spring of 2026.|the spring of 2026", "Open until the month of September.|until the month of September",
            "Signed earlier this month.|earlier this month", "Assessed later this year.|later this year",
            "Cut early next year.|early next year", "Published on Monday evening.|Monday evening",
            "Published yesterday morning.|yesterday morning", "Tuesday's vote.|Tuesday", "Tuesday\u2019s vote.|Tuesday",
            "Next year's race.|Next year", "Due by 2030.|by 2030", "Due by the end of 2026.|by the end of 2026",
            "Due before the end of 2030.|before the end of 2030", "Open until 2030.|until 2030",
            "High until at least June.|until at least June", "Closed since 2011.|since 2011", "Born after 1970.|after 1970",
            "Risen since a 2021 estimate.|2021", "Risen since the March signing.|March",
            "Up since the start of the year.|since the start of the year", "Due no later than 2030.|no later than 2030",
            "Start tomorrow.|tomorrow", "At the start of 2025 it began.|the start of 2025", "In the end 2025 came.|2025"})
    void mentionText(String sentence, String text) {
        assertEquals(List.of(text), texts(sentence));
    }
}
