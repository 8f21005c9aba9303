package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.number.Tokens;
import claimwatch.extract.sentence.Span;

class DateExtractorTest {

    /** Tuesday 12 March 2024, 09:00 in Madrid. */
    private static final OffsetDateTime TUESDAY = OffsetDateTime.parse("2024-03-12T09:00:00+01:00");

    private final DateExtractor extractor = new DateExtractor();

    /** Each date as "text=value granularity role". */
    private List<String> found(String sentence, OffsetDateTime publishedAt) {
        return extractor.extract(sentence, publishedAt).stream()
                .map(d -> d.text() + "=" + d.value() + " " + d.granularity().label() + " " + d.role().label())
                .toList();
    }

    private List<String> found(String sentence) {
        return found(sentence, TUESDAY);
    }

    private static OffsetDateTime at(String dateTime) {
        return OffsetDateTime.parse(dateTime);
    }

    @Nested
    class CalendarDates {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"12 March 2024", "March 12, 2024", "March 12 2024", "12th March 2024",
                "March 12th, 2024", "12 de marzo de 2024", "12 mars 2024", "12. M\u00e4rz 2024", "2024-03-12", "12.03.2024",
                "12 Mar 2024", "Mar. 12, 2024", "12 March, 2024"})
        void fullDates(String text) {
            assertEquals(List.of(text + "=2024-03-12 day event"), found("The contract was signed on " + text + " in Puerto Alba."));
        }

        @Test
        void ordinalWithOf() {
            assertEquals(List.of("3rd of October 2023=2023-10-03 day event"), found("Bids closed on the 3rd of October 2023."));
        }

        @Test
        void theWeekdayBelongsToTheDate() {
            assertEquals(List.of("Tuesday 12 March 2024=2024-03-12 day event"), found("Tuesday 12 March 2024"));
            assertEquals(List.of("Monday, March 11, 2024=2024-03-11 day event"), found("It was signed on Monday, March 11, 2024."));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"March 2023|2023-03", "marzo de 2023|2023-03", "March of 2023|2023-03",
                "Sept. 2023|2023-09", "mars 2023|2023-03", "M\u00e4rz 2023|2023-03", "December, 2021|2021-12",
                "octubre de 2023|2023-10", "ao\u00fbt 2022|2022-08"})
        void monthsOfAYear(String text, String value) {
            assertEquals(List.of(text + "=" + value + " month event"), found("The cabinet approved it in " + text + "."));
        }

        @Test
        void aMonthYearDoesNotAlsoGiveAYear() {
            assertEquals(1, extractor.extract("It was approved in March 2023.", TUESDAY).size());
        }

        @Test
        void impossibleDaysAreNotDates() {
            assertEquals(List.of(), found("It is due on 31 February, not 30 February."));
        }

        @Test
        void leapDay() {
            assertEquals(List.of("29 February 2024=2024-02-29 day event"), found("It closed on 29 February 2024."));
        }

        @Test
        void isoDatesNeedTwoDigitMonthAndDay() {
            assertEquals(List.of("2024-03-12=2024-03-12 day event"), found("Filed 2024-03-12."));
            assertEquals(List.of(), found("Codes 2024-3-12 and 2024-13-01 are not dates."));
        }

        @Test
        void slashDatesThatCanOnlyBeReadOneWay() {
            assertEquals(List.of("25/03/2024=2024-03-25 day event"), found("Posted 25/03/2024."));
            assertEquals(List.of("03/25/2024=2024-03-25 day event"), found("Posted 03/25/2024."));
        }

        @Test
        void ambiguousSlashDatesTakeTheReadingClosestToPublication() {
            assertEquals(List.of("12/03/2024=2024-03-12 day event"), found("Posted 12/03/2024 at 08:05."));
            assertEquals(List.of("05/06/2024=2024-05-06 day event"), found("Posted 05/06/2024."));
        }

        @Test
        void ambiguousSlashDatesWithoutPublicationAreUnresolved() {
            DateMention mention = extractor.extract("Posted 05/06/2024.", null).get(0);
            assertNull(mention.value());
            assertEquals(Granularity.DAY, mention.granularity());
        }

        @Test
        void twoDigitYearsInSlashDates() {
            assertEquals(List.of("25/03/24=2024-03-25 day event"), found("Posted 25/03/24."));
        }
    }

    @Nested
    class Years {

        @Test
        void yearsStandingAlone() {
            assertEquals(List.of("2022=2022 year event", "2027=2027 year event"),
                    found("It was agreed in 2022 and enters service in 2027."));
        }

        @Test
        void aYearModifyingANounIsAnEvent() {
            assertEquals(List.of("2022=2022 year event"), found("The 2022 report was never published."));
            assertEquals(List.of("2021=2021 year event"), found("It rose 23% from a 2021 estimate."));
        }

        @Test
        void yearsBeforeNounsThatYearsModify() {
            assertEquals(List.of("2019=2019 year event"), found("Prices are above 2019 levels."));
            assertEquals(List.of("2022=2022 year event"), found("He lost the 2022 elections."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"They shipped 2000 tonnes.", "The firm will cut 2000 jobs.", "It costs $2022.",
                "Ships from the 1990s and 1980's.", "Sales hit 1,999 units.", "It is 2500 metres high.",
                "The plan is called Vision 2030.", "The Agenda 2030 goals.", "Tickets for Euro 2024 sold out.",
                "It starts at 20:22 tonight.", "The code FY2023 is internal.", "It has 2050 pages? No.",
                "NOK 2000 was paid.", "Some 2000 people marched."})
        void notYears(String sentence) {
            assertEquals(List.of(), found(sentence), sentence);
        }

        @Test
        void yearsBeforeAndAfterAHyphenatedPrefix() {
            assertEquals(List.of("mid-2023=2023 year event"), found("Prices peaked in mid-2023."));
        }

        @Test
        void yearsInBrackets() {
            assertEquals(List.of("2019=2019 year event"), found("The earlier study (2019) found none."));
        }

        @Test
        void aPossessiveYear() {
            assertEquals(List.of("2023=2023 year event"), found("It cut 2023's budget."));
        }
    }

    @Nested
    class WithoutAYear {

        @Test
        void aPastDayAfterPublicationIsLastYear() {
            assertEquals(List.of("Oct. 3=2023-10-03 day event"), found("The tender closed on Oct. 3."));
            assertEquals(List.of("3 October=2023-10-03 day event"), found("The tender closed on 3 October."));
        }

        @Test
        void aPastDayBeforePublicationIsThisYear() {
            assertEquals(List.of("5 March=2024-03-05 day event"), found("The report was published on 5 March."));
        }

        @Test
        void aFutureDayStaysInThePublicationYear() {
            assertEquals(List.of("April 18=2024-04-18 day event"), found("Parliament will vote on April 18."));
            assertEquals(List.of("June 1=2024-06-01 day event"), found("Registration opens on June 1."));
        }

        @Test
        void aFutureDayBeforePublicationIsNextYear() {
            assertEquals(List.of("January 5=2025-01-05 day event"), found("The yard will reopen on January 5."));
        }

        @Test
        void aDeadlineLooksForward() {
            assertEquals(List.of("by March 1=2025-03-01 day deadline"), found("It must be paid by March 1."));
        }

        @Test
        void aGraceOfTwoDaysKeepsTheYear() {
            assertEquals(List.of("March 14=2024-03-14 day event"), found("It was signed on March 14."));
        }

        @Test
        void anExplicitRelativeYear() {
            assertEquals(List.of("Oct. 3 last year=2023-10-03 day event"), found("The tender closed on Oct. 3 last year."));
            assertEquals(List.of("3 October last year=2023-10-03 day event"), found("It closed on 3 October last year."));
            assertEquals(List.of("February this year=2024-02 month event"), found("It lasted to February this year."));
            assertEquals(List.of("until February this year=2024-02 month deadline"), found("It ran until February this year."));
        }

        @Test
        void monthsFollowTheSameRule() {
            assertEquals(List.of("October=2023-10 month event"), found("Two bids came in when the tender closed in October."));
            assertEquals(List.of("January=2024-01 month event"), found("They wrote in a paper published in January."));
            assertEquals(List.of("April=2024-04 month event"), found("A vote is expected in April."));
            assertEquals(List.of("September=2024-09 month event"),
                    found("He said the first vessel would return to service in September.", at("2024-05-28T10:00:00+02:00")));
        }

        @Test
        void aSinceMonthIsInThePast() {
            assertEquals(List.of("since October=2023-10 month since"), found("It is the biggest gain since October.", at("2024-02-22T07:00:00+01:00")));
        }

        @Test
        void lastAndNextMonthNames() {
            assertEquals(List.of("last March=2023-03 month event"), found("It was approved last March."));
            assertEquals(List.of("next March=2025-03 month event"), found("It will be approved next March."));
            assertEquals(List.of("this March=2024-03 month event"), found("It was approved this March."));
        }

        @Test
        void aMonthAloneNeedsACue() {
            assertEquals(List.of(), found("Theresa May said March was a march."));
            assertEquals(List.of("May=2024-05 month event"), found("It opens in May."));
            assertEquals(List.of("early December=2023-12 month event"), found("The outbreak began in early December.", at("2024-02-09T16:00:00Z")));
        }

        @Test
        void aDayAfterAMonthThatCountsSomethingIsNotADay() {
            assertEquals(List.of("May=2023-05 month event"), found("In May 12 people were hurt."));
        }

        @Test
        void thatYearTakesTheYearOfTheDateBefore() {
            assertEquals(List.of("March 2021=2021-03 month event", "May of that year=2021-05 month event"),
                    found("He resigned in March 2021 and was arrested in May of that year."));
        }

        @Test
        void withoutPublicationThereIsNoValue() {
            DateMention mention = extractor.extract("The tender closed on Oct. 3.", null).get(0);
            assertNull(mention.value());
            assertEquals(Granularity.DAY, mention.granularity());
        }
    }

    @Nested
    class Relative {

        @Test
        void yesterdayAndTomorrow() {
            assertEquals(List.of("yesterday=2024-03-11 day event", "tomorrow=2024-03-13 day event"),
                    found("It was signed yesterday and will be ratified tomorrow."));
        }

        @Test
        void todayOnlyWhenItNamesADay() {
            assertEquals(List.of("today=2024-03-12 day event"), found("I have waited three years for today."));
            assertEquals(List.of(), found("I would rather sign a good contract than a bad one today."));
            assertEquals(List.of(), found("Today, ferries are old."));
        }

        @Test
        void theCalendarDateIsTakenInThePublicationOffset() {
            assertEquals(List.of("yesterday=2024-03-10 day event"), found("It ended yesterday.", at("2024-03-11T23:30:00-05:00")));
        }

        @Test
        void weekdaysAreTheMostRecentOnOrBeforePublication() {
            assertEquals(List.of("Monday=2024-03-11 day event"), found("The contract was signed on Monday."));
            assertEquals(List.of("Tuesday=2024-03-12 day event"), found("Officials said on Tuesday that it was signed."));
            assertEquals(List.of("Wednesday=2024-03-06 day event"), found("It was reported on Wednesday."));
        }

        @Test
        void weekdaysInTheFuture() {
            assertEquals(List.of("Friday=2024-03-15 day event"), found("Parliament will vote on Friday."));
            assertEquals(List.of("Monday=2024-03-18 day event"), found("Ferries are expected to be back on Monday."));
            assertEquals(List.of("Monday=2024-03-18 day event"), found("Schools will offer doses from Monday."));
            assertEquals(List.of("Sunday evening=2024-03-17 day event"), found("His team said he would have an X-ray on Sunday evening."));
        }

        @Test
        void wouldWithoutAReportingVerbIsNotTheFuture() {
            assertEquals(List.of("Tuesday=2024-03-05 day event"), found("The signing would follow Tuesday's publication of the report.", at("2024-03-09T18:00:00+01:00")));
        }

        @Test
        void lastAndNextWeekdays() {
            assertEquals(List.of("last Tuesday=2024-03-05 day event"), found("It was published last Tuesday."));
            assertEquals(List.of("next Tuesday=2024-03-19 day event"), found("It will be published next Tuesday."));
            assertEquals(List.of("this Friday=2024-03-08 day event"), found("It reopened this Friday."));
        }

        @Test
        void partsOfTheDayAreInTheText() {
            assertEquals(List.of("Monday evening=2024-03-11 day event"), found("A report published on Monday evening said so."));
            assertEquals(List.of("by Thursday morning=2024-03-14 day deadline"), found("It had not corrected it by Thursday morning.", at("2024-03-14T12:00:00+01:00")));
        }

        @Test
        void possessiveWeekdaysLeaveTheEndingOut() {
            assertEquals(List.of("Tuesday=2024-03-12 day event"), found("Tuesday's vote was close."));
        }

        @Test
        void recurringWeekdaysAreNotDates() {
            assertEquals(List.of(), found("It opens every Friday and on Mondays."));
            assertEquals(List.of(), found("The new opening hours are from Tuesday to Sunday."));
        }

        @Test
        void weeks() {
            assertEquals(List.of("last week=2024-02 month event"), found("The audit was published last week.", at("2024-03-05T10:00:00Z")));
            assertEquals(List.of("this week=2024-03 month event"), found("Claims circulated this week."));
            assertEquals(List.of("next week=2024-04 month event"), found("It will be signed next week.", at("2024-03-28T10:00:00Z")));
        }

        @Test
        void months() {
            assertEquals(List.of("this month=2024-03 month event"), found("It was signed this month."));
            assertEquals(List.of("earlier this month=2024-03 month event"), found("It was signed earlier this month."));
            assertEquals(List.of("Last month=2024-02 month event"), found("Last month the yard closed."));
            assertEquals(List.of("next month=2024-04 month event"), found("A vote could come next month."));
            assertEquals(List.of("last month=2023-12 month event"), found("It fell last month.", at("2024-01-10T10:00:00Z")));
        }

        @Test
        void years() {
            assertEquals(List.of("last year=2023 year event", "this year=2024 year event", "early next year=2025 year event"),
                    found("Up from last year, flat this year, and cutting steel early next year."));
            assertEquals(List.of("later this year=2024 year event"), found("It will assess the request later this year."));
            assertEquals(List.of("next year=2025 year event"), found("Registration for next year's race opens soon."));
        }

        @Test
        void ago() {
            assertEquals(List.of("3 days ago=2024-03-09 day event"), found("It was filed 3 days ago."));
            assertEquals(List.of("two weeks ago=2024-02-27 day event"), found("It was filed two weeks ago."));
            assertEquals(List.of("3 months ago=2023-12 month event"), found("It was filed 3 months ago."));
            assertEquals(List.of("five years ago=2019 year event"), found("They married five years ago."));
            assertEquals(List.of("a year ago=2023 year event"), found("It opened a year ago."));
            assertEquals(List.of("2 hours ago=2024-03-11 day event"), found("Updated 2 hours ago.", at("2024-03-12T01:00:00+01:00")));
        }

        @Test
        void vagueSpansAreNotDates() {
            assertEquals(List.of(), found("More than a decade ago, for weeks, in decades, a year on, every winter."));
        }

        @Test
        void withoutPublicationRelativeDatesKeepTheirGranularity() {
            DateMention mention = extractor.extract("Published 3 months ago.", null).get(0);
            assertEquals("3 months ago", mention.text());
            assertNull(mention.value());
            assertEquals(Granularity.MONTH, mention.granularity());
            assertEquals("2022", extractor.extract("It was agreed in 2022.", null).get(0).value());
        }

        @Test
        void seasons() {
            assertEquals(List.of("last summer=2023 year event"), found("He was hired last summer."));
            assertEquals(List.of("Last winter=2023 year event"), found("Last winter, 212 sailings were cancelled."));
            assertEquals(List.of("last winter=2023 year event"), found("It was cancelled last winter.", at("2024-05-03T09:00:00+02:00")));
            assertEquals(List.of("next summer=2024 year event"), found("They plan to marry next summer."));
            assertEquals(List.of("this winter=2023 year event"), found("It is cold this winter.", at("2024-01-15T09:00:00Z")));
            assertEquals(List.of("the spring of 2026=2026 year event"), found("It is due in the spring of 2026."));
        }

        @Test
        void theEndOfTheYear() {
            assertEquals(List.of("by the end of the year=2024 year deadline"), found("The plant will close by the end of the year."));
            assertEquals(List.of("since the start of the year=2024 year since"), found("Its gain since the start of the year is 19%."));
            assertEquals(List.of("the end of the month=2024-03 month event"), found("It is due at the end of the month."));
        }

        @Test
        void theNextDayCannotBeResolved() {
            DateMention mention = extractor.extract("The government published it the next day.", TUESDAY).get(0);
            assertEquals("the next day", mention.text());
            assertNull(mention.value());
            assertEquals(Granularity.DAY, mention.granularity());
        }
    }

    @Nested
    class Roles {

        @Test
        void deadlinesKeepTheirMarker() {
            assertEquals(List.of("by 2030=2030 year deadline"), found("The last ferry will arrive by 2030."));
            assertEquals(List.of("by the end of 2026=2026 year deadline"), found("It must be spent by the end of 2026."));
            assertEquals(List.of("before the end of 2030=2030 year deadline"), found("The last one arrives before the end of 2030."));
            assertEquals(List.of("until 2030=2030 year deadline"), found("Deliveries run until 2030."));
            assertEquals(List.of("before March=2024-03 month deadline"), found("It must be signed before March.", at("2024-01-10T10:00:00Z")));
            assertEquals(List.of("until the month of September=2024-09 month deadline"), found("It stays open until the month of September."));
            assertEquals(List.of("until at least June=2024-06 month deadline"), found("Prices stay high until at least June."));
            assertEquals(List.of("no later than 2030=2030 year deadline"), found("It ends no later than 2030."));
            assertEquals(List.of("later than 2030=2030 year deadline"), found("It ends later than 2030."));
        }

        @Test
        void sinceDatesKeepTheirMarker() {
            assertEquals(List.of("since 2011=2011 year since"), found("NPV has not ordered a vessel since 2011."));
            assertEquals(List.of("after 1970=1970 year since"), found("Adults born after 1970 should ask."));
        }

        @Test
        void aSeparatedMarkerIsLeftOutOfTheText() {
            assertEquals(List.of("2021=2021 year since"), found("Costs grew 23% since a 2021 estimate."));
            assertEquals(List.of("2021=2021 year since"), found("Costs rose since the first estimate in 2021."));
            assertEquals(List.of("March=2024-03 month since"), found("Their gain since the March signing is 9%.", at("2024-04-19T06:00:00+01:00")));
        }

        @Test
        void aDateThatModifiesANounIsAnEvent() {
            assertEquals(List.of("Monday=2024-03-11 day event"), found("No payment was made before Monday's signing."));
            assertEquals(List.of("2026=2026 year event"), found("Cuts may follow after the 2026 election."));
        }

        @Test
        void fromAloneIsAnEvent() {
            assertEquals(List.of("2021=2021 year event"), found("Costs rose 23% from a 2021 estimate."));
        }

        @Test
        void periods() {
            assertEquals(List.of("1950=1950 year period", "1980=1980 year period"), found("Photographs taken between 1950 and 1980."));
            assertEquals(List.of("2019=2019 year period", "2021=2021 year period"), found("It ran from 2019 to 2021."));
            assertEquals(List.of("2019=2019 year period", "2021=2021 year period"), found("The 2019-2021 programme ended."));
            assertEquals(List.of("2022=2022 year period", "23=2023 year period"), found("In the 2022-23 season it lost."));
            assertEquals(List.of("2022=2022 year period", "23=2023 year period"), found("In 2022/23 it lost."));
            assertEquals(List.of("February=2024-02 month period", "September=2024-09 month period"),
                    found("It was paid between February and September.", at("2024-12-05T15:00:00+02:00")));
        }

        @Test
        void aPeriodWhoseEndsAreFarApart() {
            assertEquals(List.of("March 2023=2023-03 month period", "the end of February this year=2024-02 month period"),
                    found("Every transfer between March 2023, when the cabinet approved it, and the end of February this year."));
        }

        @Test
        void spanishMarkers() {
            assertEquals(List.of("desde 2011=2011 year since", "hasta 2030=2030 year deadline"), found("Sin barcos desde 2011 y hasta 2030."));
        }

        @Test
        void eventsByDefault() {
            assertEquals(List.of("the beginning of 2025=2025 year event"), found("Steel would be cut at the beginning of 2025."));
            assertEquals(List.of("early 2025=2025 year event"), found("Steel cutting is planned for early 2025."));
        }
    }

    @Nested
    class NotDates {

        @Test
        void datelines() {
            assertEquals(List.of(), found("BRUXELLES, 14 mars 2024 \u2013 The Commission is expected to pay."));
            assertEquals(List.of("14 March 2024=2024-03-14 day event"), found("It was signed on 14 March 2024 \u2013 a Thursday."));
        }

        @Test
        void recurringMonths() {
            assertEquals(List.of(), found("Traffic roughly doubles in July and August."));
            assertEquals(List.of("July=2023-07 month event", "August=2023-08 month event"),
                    found("Traffic doubled in July and August.", at("2024-03-12T10:00:00Z")));
        }

        @Test
        void timesOfDay() {
            assertEquals(List.of(), found("Open from 10:00 to 20:00, from 8am and at 7.40."));
        }

        @Test
        void lowerCaseEnglishMonthsAreWords() {
            assertEquals(List.of(), found("They may march in august company."));
        }
    }

    @Nested
    class Cases {

        static Stream<Arguments> cases() throws IOException {
            return Stream.concat(read("/date/cases.tsv"), read("/date/domains.tsv"));
        }

        private static Stream<Arguments> read(String resource) throws IOException {
            try (InputStream in = DateExtractorTest.class.getResourceAsStream(resource)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.split("\t"))
                        .map(parts -> Arguments.of(parts[0], parts[1], parts[2]))
                        .toList().stream();
            }
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("cases")
        void sentence(String publishedAt, String sentence, String expected) {
            List<String> wanted = expected.equals("-") ? List.of() : List.of(expected.split(" ; "));
            assertEquals(wanted, found(sentence, at(publishedAt)));
        }
    }

    @Nested
    class Spans {

        @ParameterizedTest
        @ValueSource(strings = {"On Monday 11 March 2024 the deal, due by 2030 and approved in March 2023, was signed.",
                "Between 2017 and 2022, since a 2021 estimate, yesterday's news, 3 months ago.", "", "No dates.",
                "Tuesday's vote, Monday evening, by Thursday morning, early next year, the end of February this year."})
        void everyTextIsItsSpan(String sentence) {
            List<DateMention> mentions = extractor.extract(sentence, TUESDAY);
            for (int k = 0; k < mentions.size(); k++) {
                DateMention mention = mentions.get(k);
                assertEquals(mention.text(), mention.span().of(sentence));
                assertEquals(mention.text().strip(), mention.text());
                if (k > 0) {
                    assertTrue(mentions.get(k - 1).span().end() <= mention.span().start());
                }
            }
        }

        @Test
        void bareSpansAreInsideTheMentionSpans() {
            String sentence = "Due by the end of 2026, signed on Tuesday's date, since 2011.";
            Tokens tokens = Tokens.of(sentence);
            List<Span> bare = extractor.spans(tokens);
            List<DateMention> mentions = extractor.extract(tokens, TUESDAY);
            assertEquals(mentions.size(), bare.size());
            for (int k = 0; k < bare.size(); k++) {
                assertTrue(mentions.get(k).span().start() <= bare.get(k).start());
            }
        }

        @Test
        void theTokensOverloadGivesTheSameMentions() {
            String sentence = "It was signed on Monday and is due by 2030.";
            assertEquals(extractor.extract(sentence, TUESDAY), extractor.extract(Tokens.of(sentence), TUESDAY));
        }

        @Test
        void theSameTokensCanBeResolvedAgainstAnotherPublicationDate() {
            Tokens tokens = Tokens.of("It was signed yesterday.");
            assertEquals("2024-03-11", extractor.extract(tokens, TUESDAY).get(0).value());
            assertEquals("2024-05-01", extractor.extract(tokens, at("2024-05-02T10:00:00Z")).get(0).value());
        }
    }
}
