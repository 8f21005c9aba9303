package claimwatch.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.date.DateExtractor;
import claimwatch.extract.date.DateMention;
import claimwatch.extract.money.Money;
import claimwatch.extract.money.MoneyExtractor;
import claimwatch.extract.number.Qualifier;
import claimwatch.extract.number.Tokens;
import claimwatch.extract.sentence.Span;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    /** Each quantity as "text=value[..upper] unit|item|key qualifier", null fields written as "-". */
    private List<String> found(String sentence) {
        return extractor.extract(sentence).stream().map(QuantityExtractorTest::describe).toList();
    }

    static String describe(Quantity q) {
        return q.text() + "=" + plain(q.value()) + (q.upper() == null ? "" : ".." + plain(q.upper())) + " "
                + dash(q.unit()) + "|" + dash(q.item()) + "|" + dash(q.key()) + " " + q.qualifier().label();
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    @Nested
    class Counts {

        @Test
        void modelCodeKeysTheItem() {
            assertEquals(List.of("41 K9 self-propelled howitzers=41 -|K9 self-propelled howitzers|k9 exact"),
                    found("Lantavia will buy 41 K9 self-propelled howitzers."));
            assertEquals(List.of("41 K9s=41 -|K9s|k9 exact"), found("The army wants 41 K9s."));
            assertEquals(List.of("22 A320 jets=22 -|A320 jets|a320 exact"), found("It will retire 22 A320 jets."));
        }

        @Test
        void theItemStopsAtAPreposition() {
            assertEquals(List.of("600 jobs=600 -|jobs|job exact"), found("It secures 600 jobs at the yard."));
        }

        @Test
        void adjectivesStayInTheItemButNotTheKey() {
            assertEquals(List.of("six new hybrid ferries=6 -|new hybrid ferries|ferry exact"), found("It ordered six new hybrid ferries."));
            assertEquals(List.of("nine clapped-out vessels=9 -|clapped-out vessels|vessel exact"), found("They patch up nine clapped-out vessels."));
        }

        @Test
        void theItemStopsAtAVerbAfterThePluralHead() {
            assertEquals(List.of("9,812 runners=9812 -|runners|runner exact"), found("Organisers said 9,812 runners started the race."));
        }

        @Test
        void irregularPluralsAndInvariantNouns() {
            assertEquals(List.of("23 people=23 -|people|person exact"), found("Since then 23 people have been treated."));
            assertEquals(List.of("600 staff=600 -|staff|staff exact"), found("It has 600 staff on site."));
            assertEquals(List.of("41 aircraft=41 -|aircraft|aircraft exact"), found("Only 41 aircraft were grounded."));
        }

        @Test
        void aDozen() {
            assertEquals(List.of("a dozen routes=12 -|routes|route exact"), found("It runs a dozen routes."));
            assertEquals(List.of("at least a dozen transport projects=12 -|transport projects|project at-least",
                    "four states=4 -|states|state exact"), found("It backs at least a dozen transport projects in four states."));
        }

        @Test
        void oneConjunctionIsCrossedWhenNoPluralEndedThePhrase() {
            assertEquals(List.of("eleven hybrid and fully electric ferries=11 -|hybrid and fully electric ferries|ferry exact"),
                    found("It has delivered eleven hybrid and fully electric ferries."));
        }

        @Test
        void aSecondPluralRightAfterAndJoinsTheItem() {
            assertEquals(List.of("more than 300 photographs and drone videos=300 -|photographs and drone videos|photograph more-than"),
                    found("He passed on more than 300 photographs and drone videos."));
        }

        @Test
        void aNumberAfterAndStartsANewQuantity() {
            assertEquals(List.of("up to 600 passengers=600 -|passengers|passenger up-to", "150 cars=150 -|cars|car exact"),
                    found("It carries up to 600 passengers and 150 cars."));
        }

        @Test
        void partitives() {
            assertEquals(List.of("nine of the operator's existing ships=9 -|operator's existing ships|ship exact"),
                    found("It covers the refit of nine of the operator's existing ships."));
            assertEquals(List.of("29 of the guns=29 -|guns|gun exact"), found("VDW will assemble 29 of the guns."));
            assertEquals(List.of("Two of our deputies=2 -|deputies|deputy exact"), found("Two of our deputies voted."));
        }

        @Test
        void aPartitiveOverAnotherCountIsABareNumber() {
            assertEquals(List.of("three=3 -|-|- exact", "dozen routes=12 -|routes|route exact"),
                    found("Corva is served by three of the operator's dozen routes."));
            assertEquals(List.of("three=3 -|-|- exact", "22 public ferry contracts=22 -|public ferry contracts|contract exact"),
                    found("Caps were reached in only three of the 22 public ferry contracts."));
        }

        @Test
        void aPartitiveOverAPronounIsNotACount() {
            assertEquals(List.of(), found("Two of them left."));
        }

        @Test
        void nMore() {
            assertEquals(List.of("six=6 -|-|- exact", "nine more=9 -|-|- exact"), found("It builds six and refits nine more."));
            assertEquals(List.of("300 more jobs=300 -|jobs|job exact"), found("It will add 300 more jobs."));
        }

        @Test
        void bareNumbers() {
            assertEquals(List.of("42 votes=42 -|votes|vote exact", "38=38 -|-|- exact"), found("It passed by 42 votes to 38."));
            assertEquals(List.of("about 7,500=7500 -|-|- approximately"), found("It was up from about 7,500 last year."));
            assertEquals(List.of("four=4 -|-|- exact"), found("The agency expects the first four to arrive soon."));
        }

        @Test
        void anonymousSourcesAreNotCounts() {
            assertEquals(List.of(), found("It is worth about that, according to two people familiar with the talks."));
            assertEquals(List.of(), found("Two officials familiar with the file said so."));
            assertEquals(List.of(), found("Two people involved in the preparations said so."));
            assertEquals(List.of("two people=2 -|people|person exact"), found("The attack injured two people."));
        }

        @Test
        void oneIsACountOnlyWhenTheCountIsTheClaim() {
            assertEquals(List.of("one abstention=1 -|abstention|abstention exact"), found("It passed with one abstention."));
            assertEquals(List.of("just one supplier=1 -|supplier|supplier exact"), found("It relied on just one supplier."));
            assertEquals(List.of("only one=1 -|-|- exact"), found("The earlier study had recorded only one."));
            assertEquals(List.of("one year=1 years|-|- exact"), found("We measured more in one year."));
            assertEquals(List.of(), found("One website was telling us the deal was bigger."));
            assertEquals(List.of(), found("He dropped to one knee."));
            assertEquals(List.of(), found("It is one of the oldest fleets."));
            assertEquals(List.of(), found("One day it will work."));
        }

        @Test
        void ratesPerUnitOfTime() {
            assertEquals(List.of("up to six rounds per minute=6 per minute|rounds|round up-to"),
                    found("It can fire up to six rounds per minute."));
        }

        @Test
        void spelledOutNumbersWithNothingCountedAreBare() {
            assertEquals(List.of("eight=8 -|-|- exact"), found("It put the number of new ferries at eight."));
        }
    }

    @Nested
    class Measures {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"23%|percent", "23 per cent|percent", "23 percent|percent", "23 pct|percent",
                "10 km|km", "10 kilometres|km", "42.2km|km", "96 metres|metres", "155mm|mm", "5 tonnes|tonnes",
                "6.8 MWh|MWh", "240 MW|MW", "16.5 knots|knots", "43 seconds|seconds", "11 minutes|minutes",
                "4 hours|hours", "6 days|days", "2 weeks|weeks", "18 months|months", "3 years|years",
                "7 decades|decades", "2,300 square metres|square metres", "3 sigma|sigma", "11 light-years|light-years",
                "52 calibres|calibres", "12 nautical miles|nautical miles", "2 percentage points|percentage points"})
        void units(String text, String unit) {
            Quantity quantity = extractor.extract("It was " + text + ", officials said.").get(0);
            assertEquals(text, quantity.text());
            assertEquals(unit, quantity.unit());
            assertNull(quantity.item());
        }

        @Test
        void rangesOfMeasures() {
            assertEquals(List.of("five to seven years=5..7 years|-|- range"), found("It will take five to seven years."));
            assertEquals(List.of("between five and seven years=5..7 years|-|- range"), found("It will take between five and seven years."));
            assertEquals(List.of("18 to 30 months=18..30 months|-|- range"), found("A tender takes 18 to 30 months."));
            assertEquals(List.of("between 10% and 15%=10..15 percent|-|cap range"), found("He said caps of between 10% and 15% were typical."));
        }

        @Test
        void percentKeys() {
            assertEquals(List.of("23%=23 percent|-|cost exact"), found("It reported a 23% rise in costs."));
            assertEquals(List.of("23%=23 percent|-|cost exact"), found("The expected cost had risen 23%."));
            assertEquals(List.of("23%=23 percent|-|cost exact"), found("The cost has gone up 23% since then."));
            assertEquals(List.of("4.1%=4.1 percent|-|share exact"), found("Aldermoor shares rose 4.1% in London."));
            assertEquals(List.of("3.4%=3.4 percent|-|share exact"), found("Shares in Brunnmatt rose 3.4% in Zurich."));
            assertEquals(List.of("Around 40%=40 percent|-|entrant approximately"), found("Around 40% of the entrants came from abroad."));
            assertEquals(List.of("about 40%=40 percent|-|fuel approximately"), found("They burn about 40% less fuel."));
            assertEquals(List.of("close to 95%=95 percent|-|occupancy approximately"), found("Hotels reported occupancy close to 95%."));
            assertEquals(List.of("5.2%=5.2 percent|-|sales exact"), found("It reported a 5.2% rise in sales."));
            assertEquals(List.of("up to 28%=28 percent|-|renewal up-to"), found("EU money will cover up to 28% of Valderra's \u20ac430 million ferry renewal."));
            assertEquals(List.of("17%=17 percent|-|- exact"), found("Contracts overran by an average of 17%."));
        }

        @Test
        void measureKeys() {
            assertEquals(List.of("about 40 km=40 km|-|range approximately"), found("It has a range of about 40 km."));
            assertEquals(List.of("five weeks=5 weeks|-|uncertainty exact"), found("It ends five weeks of uncertainty."));
            assertEquals(List.of("42.2km=42.2 km|-|course exact"), found("He ran the entire 42.2km course."));
            assertEquals(List.of("ten kilometres=10 km|-|- exact"), found("He ran alone for the final ten kilometres."));
        }

        @Test
        void hyphenatedMeasuresKeyOnTheNounTheyDescribe() {
            assertEquals(List.of("96-metre=96 metres|-|ro-pax exact"), found("It is a 96-metre double-ended ro-pax."));
            assertEquals(List.of("ten-year=10 years|-|agreement exact"), found("A separate ten-year service agreement is pending."));
            assertEquals(List.of("187-kilometre=187 km|-|stage exact"), found("He won the 187-kilometre stage."));
            assertEquals(List.of("240-megawatt=240 MW|-|project exact"), found("The 240-megawatt project was annulled."));
        }

        @Test
        void ages() {
            assertEquals(List.of("58=58 years|-|age exact"), found("Pepe Arrieta, 58, a fisherman, said so."));
            assertEquals(List.of("27-year-old=27 years|-|age exact", "ten kilometres=10 km|-|- exact"),
                    found("The 27-year-old Kenyan ran alone for the final ten kilometres."));
            assertEquals(List.of("thirty-year-old=30 years|-|hull exact"), found("Fitting batteries into a thirty-year-old hull is hard."));
            assertEquals(List.of("two sons=2 -|sons|son exact", "three=3 years|-|age exact", "six=6 years|-|age exact"),
                    found("She brought her two sons, aged three and six, to the clinic."));
            assertEquals(List.of("nine=9 years|-|age exact"), found("My daughter, who is nine, will drive by then."));
            assertEquals(List.of("162=162 -|-|- exact", "under ten=10 years|-|age less-than"), found("Of the cases, 162 are children under ten."));
        }

        @Test
        void compoundDurations() {
            assertEquals(List.of("2:07:58=7678 seconds|-|time exact"), found("He crossed the line in 2:07:58."));
            assertEquals(List.of("4 hours 11 minutes=251 minutes|-|- exact"), found("Serrat finished in 4 hours 11 minutes."));
            assertEquals(List.of("under two hours thirty=150 minutes|-|- less-than"), found("I came here to run under two hours thirty."));
            assertEquals(List.of("2 hours and 5 minutes=125 minutes|-|- exact"), found("The debate lasted 2 hours and 5 minutes."));
        }

        @Test
        void aClockTimeIsNotADuration() {
            assertEquals(List.of(), found("The boat leaves at 10:30 and the 7.40 boat is late."));
        }

        @Test
        void fractionsOfAWhole() {
            assertEquals(List.of("almost a quarter=25 percent|-|bill approximately"), found("The bill had shot up by almost a quarter since 2021."));
            assertEquals(List.of("a quarter=25 percent|-|budget exact"), found("It spent a quarter of the budget."));
            assertEquals(List.of(), found("They reached a quarter-final and a fifth term."));
        }

        @Test
        void multiples() {
            assertEquals(List.of("twice as many cars=2 times|cars|car exact"), found("It carries twice as many cars."));
            assertEquals(List.of("almost twice as many=2 times|-|- approximately"), found("It is almost twice as many as before."));
            assertEquals(List.of("twice as much=2 times|-|- exact"), found("It buys twice as much as planned."));
            assertEquals(List.of("three times as many guns=3 times|guns|gun exact"), found("It has three times as many guns."));
            assertEquals(List.of("roughly doubled=2 times|-|case approximately"), found("Cases have roughly doubled every month."));
            assertEquals(List.of("more than doubled=2 times|-|future more-than"), found("Cocoa futures more than doubled in 2023."));
            assertEquals(List.of("doubled=2 times|-|surface exact"), found("The renovation doubled its exhibition surface."));
            assertEquals(List.of("double=2 times|-|capacity exact"), found("Castile aims to double its installed wind capacity."));
        }

        @Test
        void timesAloneCountsOccasions() {
            assertEquals(List.of("about a hundred times=100 -|times|time approximately"), found("I checked the pocket about a hundred times."));
            assertEquals(List.of("more than 200,000 times=200000 -|times|time more-than"), found("It was viewed more than 200,000 times online."));
        }

        @Test
        void compoundCountNouns() {
            assertEquals(List.of("600-page=600 -|pages|page exact"), found("It published a 600-page report."));
            assertEquals(List.of("roughly 600-page=600 -|pages|page approximately"), found("It wrote a roughly 600-page document."));
            assertEquals(List.of("81-seat=81 -|seats|seat exact"), found("The 81-seat chamber voted."));
            assertEquals(List.of("two-page=2 -|pages|page exact"), found("He sent a two-page letter."));
            assertEquals(List.of("one-page=1 -|page|page exact"), found("He sent a one-page memo."));
            assertEquals(List.of("12-storey=12 -|storeys|storey exact"), found("It is a 12-storey block."));
            assertEquals(List.of("100-person=100 -|people|person exact"), found("A 100-person team."));
        }

        @Test
        void compoundAdjectivesAreNotCounted() {
            assertEquals(List.of("20-strong=20 -|-|- exact"), found("A 20-strong crew sailed."));
            assertEquals(List.of(), found("It is a one-off charge and a two-thirds majority in the twenty-first century."));
        }
    }

    @Nested
    class NotQuantities {

        @ParameterizedTest
        @ValueSource(strings = {"The deal is worth \u20ac430 million.", "It is a \u20ac430m contract.",
                "They paid 12 million rubles.", "It was signed on 12 March 2024.", "It was approved in March 2023.",
                "It was agreed in 2022.", "They married five years ago.", "Updated 3 months ago.",
                "Take Route 9 to the K9 plant.", "The A330 and the F-35 flew.", "Covid-19 and G7 talks.",
                "The 14th edition and his 3rd win.", "Ships of the 1990s.", "See page 12 and section 4.",
                "Call 020 7946 0958.", "At 8am and 10:30, and the 7.40 boat.", "The plan is called Vision 2030.",
                "At kilometre 35 he led.", "No. 10 said so.", "Hundreds of people queued.", "Millions in advance."})
        void nothing(String sentence) {
            assertEquals(List.of(), found(sentence), sentence);
        }

        @Test
        void aCountAboveAYearIsStillACount() {
            assertEquals(List.of("2000 jobs=2000 -|jobs|job exact"), found("The firm will cut 2000 jobs."));
            assertEquals(List.of("2,000 workers=2000 -|workers|worker exact"), found("The union said 2,000 workers walked out."));
        }

        @Test
        void moneyIsNeverAlsoAQuantity() {
            assertEquals(List.of("six ferries=6 -|ferries|ferry exact"), found("It buys six ferries for 430 million euros."));
        }
    }

    @Nested
    class Cases {

        static Stream<Arguments> cases() throws IOException {
            return Stream.concat(read("/quantity/cases.tsv"), read("/quantity/domains.tsv"));
        }

        private static Stream<Arguments> read(String resource) throws IOException {
            try (InputStream in = QuantityExtractorTest.class.getResourceAsStream(resource)) {
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

    @Nested
    class AcrossExtractors {

        static Stream<String> corpus() throws IOException {
            try (InputStream in = QuantityExtractorTest.class.getResourceAsStream("/quantity/news-sentences.txt")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList().stream();
            }
        }

        private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-06-14T08:00:00+02:00");

        @ParameterizedTest
        @MethodSource("corpus")
        void everySpanIsTheTextItClaims(String sentence) {
            for (Quantity quantity : new QuantityExtractor().extract(sentence)) {
                assertEquals(quantity.text(), quantity.span().of(sentence));
                assertEquals(quantity.text().strip(), quantity.text());
            }
            for (Money money : new MoneyExtractor().extract(sentence)) {
                assertEquals(money.text(), money.span().of(sentence));
            }
            for (DateMention date : new DateExtractor().extract(sentence, PUBLISHED)) {
                assertEquals(date.text(), date.span().of(sentence));
            }
        }

        @ParameterizedTest
        @MethodSource("corpus")
        void aSpanBelongsToOneExtractorOnly(String sentence) {
            Tokens tokens = Tokens.of(sentence);
            List<Span> spans = new ArrayList<>();
            new MoneyExtractor().extract(tokens).forEach(money -> spans.add(money.span()));
            new DateExtractor().spans(tokens).forEach(spans::add);
            for (Quantity quantity : new QuantityExtractor().extract(tokens)) {
                for (Span other : spans) {
                    boolean overlap = quantity.span().start() < other.end() && other.start() < quantity.span().end();
                    assertFalse(overlap, quantity.text() + " overlaps " + other.of(sentence));
                }
            }
        }

        @ParameterizedTest
        @MethodSource("corpus")
        void quantitiesAreInOrderAndDoNotOverlap(String sentence) {
            List<Quantity> quantities = new QuantityExtractor().extract(sentence);
            for (int k = 1; k < quantities.size(); k++) {
                assertTrue(quantities.get(k - 1).span().end() <= quantities.get(k).span().start(), sentence);
            }
        }

        @ParameterizedTest
        @MethodSource("corpus")
        void rangesHaveAnUpperAboveTheValueAndTheRangeQualifier(String sentence) {
            for (Quantity quantity : new QuantityExtractor().extract(sentence)) {
                if (quantity.upper() != null) {
                    assertTrue(quantity.upper() > quantity.value());
                    assertEquals(Qualifier.RANGE, quantity.qualifier());
                }
            }
        }

        @ParameterizedTest
        @MethodSource("corpus")
        void sharedTokensGiveTheSameResultsAsStrings(String sentence) {
            Tokens tokens = Tokens.of(sentence);
            assertEquals(new QuantityExtractor().extract(sentence), new QuantityExtractor().extract(tokens));
            assertEquals(new MoneyExtractor().extract(sentence), new MoneyExtractor().extract(tokens));
            assertEquals(new DateExtractor().extract(sentence, PUBLISHED), new DateExtractor().extract(tokens, PUBLISHED));
        }

        @Test
        void theCorpusHasEveryKindOfMention() throws IOException {
            List<String> sentences = corpus().toList();
            long quantities = sentences.stream().mapToLong(s -> new QuantityExtractor().extract(s).size()).sum();
            long money = sentences.stream().mapToLong(s -> new MoneyExtractor().extract(s).size()).sum();
            long dates = sentences.stream().mapToLong(s -> new DateExtractor().extract(s, PUBLISHED).size()).sum();
            assertTrue(sentences.size() >= 40);
            assertTrue(quantities >= 60, "quantities " + quantities);
            assertTrue(money >= 12, "money " + money);
            assertTrue(dates >= 25, "dates " + dates);
        }

        @Test
        void extractWithTakenSpansLeavesThemOut() {
            String sentence = "It has 600 staff and 41 guns.";
            Tokens tokens = Tokens.of(sentence);
            List<Quantity> all = extractor.extract(tokens, List.of());
            List<Quantity> withoutStaff = extractor.extract(tokens, List.of(new Span(7, 10)));
            assertEquals(2, all.size());
            assertEquals(List.of("41 guns"), withoutStaff.stream().map(Quantity::text).toList());
        }
    }
}
