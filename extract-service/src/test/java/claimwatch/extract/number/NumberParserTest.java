package claimwatch.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    private final NumberParser parser = new NumberParser();

    /** Each mention as "text=value exact" or "text=lower..upper range", the text taken from the span. */
    private List<String> found(String sentence) {
        return parser.find(sentence).stream()
                .map(m -> m.span().of(sentence) + "=" + plain(m.value()) + (m.upper() == null ? "" : ".." + plain(m.upper()))
                        + " " + m.qualifier().label())
                .toList();
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    @Nested
    class Numerals {

        @Test
        void plainIntegersAndThousands() {
            assertEquals(List.of("41=41 exact", "1,200=1200 exact"),
                    found("The army ordered 41 howitzers and the plant will hire 1,200 workers."));
        }

        @Test
        void millionsWithCommas() {
            assertEquals(List.of("1,250,000=1250000 exact"), found("A total of 1,250,000 voters were registered."));
        }

        @Test
        void decimals() {
            assertEquals(List.of("4.5=4.5 exact", "0.8=0.8 exact"), found("Output grew 4.5 percent after a 0.8 percent fall."));
        }

        @Test
        void attachedScales() {
            assertEquals(List.of("2.5bn=2500000000 exact", "1.2m=1200000 exact", "50k=50000 exact", "3tn=3000000000000 exact"),
                    found("It raised 2.5bn from 1.2m investors, 50k of them new, in a 3tn market."));
        }

        @Test
        void attachedScalesInCapitals() {
            assertEquals(List.of("5M=5000000 exact", "2B=2000000000 exact", "10K=10000 exact"),
                    found("Between 5M people and 2B users, 10K complaints arrived."));
        }

        @Test
        void spacedScaleWords() {
            assertEquals(List.of("4.5 million=4500000 exact", "1.2 billion=1200000000 exact", "3 thousand=3000 exact", "2 bn=2000000000 exact"),
                    found("It has 4.5 million passengers, 1.2 billion trips, 3 thousand staff and 2 bn in sales."));
        }

        @Test
        void scaleIsExactForDecimals() {
            assertEquals(1.2e9, parser.find("It costs 1.2bn.").get(0).value());
            assertEquals(4.1e6, parser.find("It costs 4.1 million.").get(0).value());
        }

        @Test
        void spacedMIsAMetreNotAMillion() {
            assertEquals(List.of("12=12 exact"), found("The wall is 12 m high."));
        }

        @Test
        void foreignScaleWordsAfterDigits() {
            assertEquals(List.of("430 millions=430000000 exact", "5 millones=5000000 exact", "2 milliards=2000000000 exact"),
                    found("Il vaut 430 millions d'euros, 5 millones de euros, 2 milliards."));
        }

        @Test
        void numberAtSentenceStartAndEnd() {
            assertEquals(List.of("600=600 exact", "41=41 exact"), found("600 jobs went and the total fell to 41"));
        }

        @Test
        void possessiveYearStaysANumber() {
            assertEquals(List.of("2023=2023 exact"), found("The 2023's budget was tight."));
        }
    }

    @Nested
    class Words {

        @Test
        void unitsAndTeens() {
            assertEquals(List.of("Nineteen=19 exact", "six=6 exact"), found("Nineteen MPs backed six new ferries."));
        }

        @Test
        void hyphenatedAndSpacedTens() {
            assertEquals(List.of("twenty-one=21 exact", "forty two=42 exact"),
                    found("They sent twenty-one ships and forty two boats."));
        }

        @Test
        void hundredsWithAnd() {
            assertEquals(List.of("two hundred and fifty=250 exact"), found("It employs two hundred and fifty people."));
        }

        @Test
        void thousandsAndMillions() {
            assertEquals(List.of("three thousand=3000 exact", "two million=2000000 exact", "one thousand two hundred=1200 exact"),
                    found("Not three thousand? No: two million, or one thousand two hundred."));
        }

        @Test
        void aDozenHalfADozenAHundredAThousand() {
            assertEquals(List.of("a dozen=12 exact", "half a dozen=6 exact", "a hundred=100 exact", "a thousand=1000 exact"),
                    found("It runs a dozen routes, half a dozen depots, a hundred buses and a thousand stops."));
        }

        @Test
        void twoDozenAndHalfAMillion() {
            assertEquals(List.of("Two dozen=24 exact", "half a billion=500000000 exact"),
                    found("Two dozen firms bid for half a billion in work."));
        }

        @Test
        void dozenAfterAPossessive() {
            assertEquals(List.of("dozen=12 exact"), found("Corva is served by the operator's dozen routes."));
        }

        @Test
        void indefiniteAmountsAreNotNumbers() {
            assertEquals(List.of(), found("Dozens of firms, hundreds of sailings and thousands of people were affected."));
        }

        @Test
        void twiceAndThrice() {
            assertEquals(List.of("twice=2 exact", "thrice=3 exact"), found("It carries twice as many cars and thrice the freight."));
        }

        @Test
        void doublingVerbsAreMultiples() {
            assertEquals(List.of("doubled=2 exact", "nearly double=2 approximately"),
                    found("Sales doubled, and costs are nearly double the estimate."));
        }

        @Test
        void doubleAsAnAdjectiveIsNotANumber() {
            assertEquals(List.of(), found("It was a double blow for the double-ended ferry."));
        }

        @Test
        void capitalisedNumberWords() {
            assertEquals(List.of("Forty-three=43 exact"), found("Forty-three deputies voted."));
        }

        @Test
        void oneAfterADeterminerIsAPronoun() {
            assertEquals(List.of(), found("The one in Corva is the last one, and no one knows which one will go."));
        }

        @Test
        void oneBeforeAnotherIsAPronoun() {
            assertEquals(List.of(), found("They blamed one another."));
        }

        @Test
        void notOneIsNotACount() {
            assertEquals(List.of(), found("Not one of those transfers was made."));
        }

        @Test
        void oneAsACountStays() {
            assertEquals(List.of("one=1 exact"), found("The vote passed with one abstention."));
        }
    }

    @Nested
    class Ranges {

        @Test
        void wordsJoinedByTo() {
            assertEquals(List.of("five to seven=5..7 range"), found("It will take five to seven years."));
        }

        @Test
        void digitsJoinedByAHyphen() {
            assertEquals(List.of("300-400=300..400 range"), found("Between them, 300-400 jobs are at risk."));
        }

        @Test
        void digitsJoinedByAnEnDashWithSpaces() {
            assertEquals(List.of("300 \u2013 400=300..400 range"), found("The yard needs 300 \u2013 400 welders."));
        }

        @Test
        void betweenAndIncludesTheWordBetween() {
            assertEquals(List.of("between 300 and 400=300..400 range"), found("It could reach between 300 and 400 cases."));
        }

        @Test
        void fromToWithoutAChangeIsARange() {
            assertEquals(List.of("from 10 to 12=10..12 range"), found("Crews of from 10 to 12 sailors are normal."));
        }

        @Test
        void riseFromToIsTwoValues() {
            assertEquals(List.of("300=300 exact", "400=400 exact"), found("Staff numbers rose from 300 to 400."));
            assertEquals(List.of("about 7,500=7500 approximately", "9,812=9812 exact"),
                    found("It was up from about 7,500 to 9,812 runners."));
        }

        @Test
        void theUpperBoundLendsItsScale() {
            assertEquals(List.of("3 to 4 million=3000000..4000000 range"), found("Between them, 3 to 4 million people travel."));
            assertEquals(List.of("between 300 and 400 million=300000000..400000000 range"), found("It costs between 300 and 400 million."));
        }

        @Test
        void theScaleIsNotLentWhenTheLowerBoundIsAlreadyLarger() {
            assertEquals(List.of("300,000 to 1 million=300000..1000000 range"), found("It serves 300,000 to 1 million users."));
        }

        @Test
        void percentRanges() {
            // A number's span stops before its unit; QuantityExtractor reads the unit after it.
            assertEquals(List.of("between 10% and 15=10..15 range"), found("Caps of between 10% and 15% are normal."));
            assertEquals(List.of("4%-6=4..6 range"), found("Margins of 4%-6% are expected."));
        }

        @Test
        void aPercentAndAPlainNumberAreNotARange() {
            assertEquals(List.of("10=10 exact", "15=15 exact"), found("It fell 10% to 15 points."));
        }

        @Test
        void aDescendingPairJoinedByToIsTwoNumbers() {
            assertEquals(List.of("41=41 exact", "12=12 exact"), found("The vote was 41 to 12."));
        }

        @Test
        void aDescendingPairJoinedByAHyphenIsAScoreAndNotCounted() {
            assertEquals(List.of(), found("They won 3-1 at home."));
        }

        @Test
        void aRangeOfLabelsIsSkippedWhole() {
            assertEquals(List.of(), found("See pages 12-14 of the report."));
        }

        @Test
        void compoundNounAfterAHyphenIsNotARange() {
            assertEquals(List.of("600=600 exact"), found("It published a 600-page report."));
        }
    }

    @Nested
    class QualifiersBefore {

        @ParameterizedTest
        @ValueSource(strings = {"about", "around", "roughly", "some", "approximately", "nearly", "almost", "close to",
                "an estimated"})
        void approximately(String words) {
            assertEquals(List.of(words + " 600=600 approximately"), found("The yard employs " + words + " 600 people."));
        }

        @Test
        void atLeast() {
            assertEquals(List.of("at least 300=300 at-least", "no fewer than 20=20 at-least"),
                    found("It secures at least 300 jobs and no fewer than 20 apprenticeships."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"more than", "over", "above", "upwards of", "in excess of"})
        void moreThan(String words) {
            assertEquals(List.of(words + " 9,800=9800 more-than"), found("A field of " + words + " 9,800 runners started."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"less than", "under", "fewer than", "below"})
        void lessThan(String words) {
            assertEquals(List.of(words + " 50=50 less-than"), found("The ferry carried " + words + " 50 passengers."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"up to", "as many as", "no more than", "a maximum of"})
        void upTo(String words) {
            assertEquals(List.of(words + " 600=600 up-to"), found("Each vessel will carry " + words + " 600 passengers."));
        }

        @Test
        void intensifiersBelongToTheQualifier() {
            assertEquals(List.of("just over 600=600 more-than", "well below 40=40 less-than"),
                    found("The report runs to just over 600 pages and well below 40 charts."));
        }

        @Test
        void longestPhraseWins() {
            assertEquals(List.of("no more than 52=52 up-to"), found("The cap is no more than 52 days."));
        }

        @Test
        void abbreviatedApproximately() {
            assertEquals(List.of("approx. 600=600 approximately"), found("It has approx. 600 staff."));
        }

        @Test
        void aQualifierMustTouchTheNumber() {
            assertEquals(List.of("600=600 exact"), found("Some of the 600 workers left."));
        }

        @Test
        void aRangeIgnoresTheQualifierBeforeIt() {
            assertEquals(List.of("five to seven=5..7 range"), found("It takes about five to seven years."));
        }
    }

    @Nested
    class QualifiersAfter {

        @Test
        void orMore() {
            assertEquals(List.of("600 or more=600 at-least"), found("It needs 600 or more welders."));
        }

        @Test
        void orSo() {
            assertEquals(List.of("40 or so=40 approximately"), found("Another 40 or so are expected."));
        }

        @Test
        void orFewerAndOrLess() {
            assertEquals(List.of("10 or fewer=10 up-to", "5 or less=5 up-to"), found("Groups of 10 or fewer, fees of 5 or less."));
        }
    }

    @Nested
    class NotCounts {

        @Test
        void numbersInCodesAndModels() {
            assertEquals(List.of(), found("The K9 and the A330, the G7 summit, the F-35 and Covid-19 were discussed."));
        }

        @Test
        void codesWithAHyphenAndCapitals() {
            assertEquals(List.of(), found("The AMC-96 design and the MH-17 inquiry."));
        }

        @Test
        void capitalsRunIntoDigits() {
            assertEquals(List.of(), found("He spoke at COP28 about COVID19."));
        }

        @Test
        void numberedLabels() {
            assertEquals(List.of(), found("Take route 9 to gate 5, then read section 3, article 5 and chapter 7 on page 12."));
        }

        @Test
        void dottedLabels() {
            assertEquals(List.of(), found("He lives at No. 10 and cites p. 45, fig. 3 and pp. 12-14."));
        }

        @Test
        void kilometreMarkersAreLabels() {
            assertEquals(List.of(), found("At kilometre 35 and at kilometre one he led."));
        }

        @Test
        void namesBeforeANumber() {
            assertEquals(List.of(), found("The plan, called Vision 2030, follows Apollo 11 and a Boeing 737 order."));
        }

        @Test
        void aNameIsNotDetectedInATitleCaseHeadline() {
            assertEquals(List.of("41=41 exact"), found("Lantavia Orders 41 Howitzers From Seoul"));
        }

        @Test
        void sentenceInitialFunctionWordsAreNotNames() {
            assertEquals(List.of("2022=2022 exact"), found("In 2022 the yard closed."));
            assertEquals(List.of("41=41 exact"), found("Only 41 were built."));
            assertEquals(List.of("Roughly 41=41 approximately"), found("Roughly 41 were built."));
        }

        @Test
        void possessivesAreNotNames() {
            assertEquals(List.of("41=41 exact"), found("He praised Hanwha's 41 guns."));
        }

        @Test
        void currencyCodesAreNotNames() {
            assertEquals(List.of("640 million=640000000 exact", "12=12 exact"), found("It is worth NOK 640 million or CHF 12 a share."));
        }

        @Test
        void clockTimes() {
            assertEquals(List.of(), found("Trains run from 10:00 to 20:00, start at 8am, end at 3pm and resume at 6 p.m."));
        }

        @Test
        void clockTimesWithZones() {
            assertEquals(List.of(), found("It was announced at 11 GMT and 14 CET."));
        }

        @Test
        void raceTimesAreNotPlainNumbers() {
            assertEquals(List.of(), found("He won in 2:07:58."));
        }

        @Test
        void ordinals() {
            assertEquals(List.of(), found("The 14th edition, his 3rd win and the 21st stage."));
        }

        @Test
        void decades() {
            assertEquals(List.of(), found("Ships built in the 1990s, the 1980's and the '90s."));
        }

        @Test
        void phoneNumbers() {
            assertEquals(List.of(), found("Call +44 20 7946 0958 or (020) 7946 0958 or 555-123-4567."));
        }

        @Test
        void shortPhoneNumberWithLeadingZero() {
            assertEquals(List.of(), found("Dial 555-0123 now."));
        }

        @Test
        void leadingZerosAndVersions() {
            assertEquals(List.of(), found("Agent 007 runs version 2.0.1 on build 0042."));
        }

        @Test
        void fractionsAndDatesWithSlashes() {
            assertEquals(List.of(), found("Open 24/7 since 12/03/2024."));
        }

        @Test
        void ranksWithAHash() {
            assertEquals(List.of(), found("It is the #1 seller."));
        }

        @Test
        void singleCapitalAfterDigitsIsACode() {
            assertEquals(List.of(), found("Its 5G network and 3D printers."));
        }

        @Test
        void offsetsInZoneNames() {
            assertEquals(List.of(), found("Times are in GMT+1."));
        }

        @Test
        void hyphenPrefixesKeepTheYear() {
            assertEquals(List.of("2023=2023 exact", "2020=2020 exact"), found("By mid-2023 prices were above pre-2020 levels."));
        }
    }

    @Nested
    class Spans {

        @ParameterizedTest
        @ValueSource(strings = {"The deal, worth about €430 million, covers six ferries and 41 K9 guns.",
                "Between 300 and 400 cases were reported in 2:07:58, up 23% on 2023.",
                "It costs $1.2bn, or roughly 4.5 million a year, for twenty-one years.",
                "   Leading spaces and 5 trailing   ", "", "No numbers at all here.",
                "Ünïcödé 12 and ٤٣٠ digits, 5\u00a0000 with a no-break space."})
        void everySpanIsTheTextItClaims(String sentence) {
            for (NumberMention mention : parser.find(sentence)) {
                assertTrue(mention.span().end() <= sentence.length());
                String text = mention.span().of(sentence);
                assertEquals(text.strip(), text);
                assertTrue(!text.isEmpty());
            }
        }

        @Test
        void spansIncludeTheQualifier() {
            String sentence = "It will carry up to 600 passengers.";
            NumberMention mention = parser.find(sentence).get(0);
            assertEquals(14, mention.span().start());
            assertEquals("up to 600", mention.span().of(sentence));
        }

        @Test
        void mentionsComeInTextOrderWithoutOverlap() {
            String sentence = "About 600 staff, 5 to 7 teams, up to 12 vans and 1,200 cars.";
            List<NumberMention> mentions = parser.find(sentence);
            assertEquals(4, mentions.size());
            for (int k = 1; k < mentions.size(); k++) {
                assertTrue(mentions.get(k - 1).span().end() <= mentions.get(k).span().start());
            }
        }

        @Test
        void theTokensOverloadGivesTheSameResult() {
            String sentence = "It employs about 600 people in 12 yards.";
            assertEquals(parser.find(sentence), parser.find(Tokens.of(sentence)));
        }

        @Test
        void matchesAreSharedPerTokens() {
            Tokens tokens = Tokens.of("It employs 600 people.");
            assertTrue(parser.matches(tokens) == parser.matches(tokens));
        }
    }

    @Nested
    class Cases {

        static Stream<Arguments> cases() throws IOException {
            try (InputStream in = NumberParserTest.class.getResourceAsStream("/number/cases.tsv")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.split("\\t"))
                        .map(parts -> Arguments.of(parts[0], parts[1]))
                        .toList().stream();
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void sentence(String sentence, String expected) {
            List<String> wanted = expected.equals("-") ? List.of() : List.of(expected.split(" ; "));
            assertEquals(wanted, found(sentence));
        }
    }
}
