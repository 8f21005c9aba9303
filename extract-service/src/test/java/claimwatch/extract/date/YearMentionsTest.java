package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.extract.number.Tokens;

class YearMentionsTest {

    /** The years found when reading at every token, as "year@token". */
    private static String years(String sentence) {
        Tokens tokens = Tokens.of(sentence);
        List<DateCandidate> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            i = YearMentions.at(tokens, i, found);
        }
        List<String> out = new ArrayList<>();
        for (DateCandidate year : found) {
            out.add(year.year() + "@" + tokens.slice(year.start(), year.end()));
        }
        return String.join(" ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"in 2022|2022@2022", "2022 was bad|2022@2022", "the 2022 report|2022@2022",
            "a 2021 estimate|2021@2021", "in 2022 elections|2022@2022", "above 2019 levels|2019@2019",
            "the 2019 figures|2019@2019", "1900 and 2100|1900@1900 2100@2100", "(2019)|2019@2019",
            "mid-2023|2023@2023", "2019-2021|2019@2019 2021@2021", "2019\u201321|2019@2019 2021@21",
            "2022-23|2022@2022 2023@23", "2022/23|2022@2022 2023@23", "2022/2023|2022@2022 2023@2023",
            "2023's budget|2023@2023", "'2022'|2022@2022", "by 2030, deliveries|2030@2030"})
    void years(String sentence, String expected) {
        assertEquals(expected, years(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2000 tonnes", "cut 2000 jobs", "some 2000 people", "about 2050 km", "1899",
            "2101", "2,000", "2000.5", "1990s", "$2022", "\u20ac2024", "#2024", "NOK 2000", "Vision 2030 goals",
            "Euro 2024 final", "2022-23-24", "2024%", "2000 million", "20:22", "COVID2020", "2000m"})
    void notYears(String sentence) {
        assertEquals("", years(sentence), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2022-21|2022@2022", "2022-2021|2022@2022 2021@2021", "2022 - 23|2022@2022"})
    void aDescendingOrSpacedSecondYearIsNotPartOfASeason(String sentence, String expected) {
        assertEquals(expected, years(sentence));
    }
}
