package claimwatch.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.number.Qualifier;
import claimwatch.extract.number.Tokens;

class MoneyExtractorTest {

    private final MoneyExtractor extractor = new MoneyExtractor();

    /** Each amount as "text=amount CUR qualifier", with "..upper" for ranges. */
    private List<String> found(String sentence) {
        return extractor.extract(sentence).stream()
                .map(m -> m.text() + "=" + plain(m.amount()) + (m.upper() == null ? "" : ".." + plain(m.upper())) + " "
                        + m.currency() + " " + m.qualifier().label())
                .toList();
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    @Nested
    class CurrencyBefore {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "\u20ac430 million|430000000 EUR", "\u20ac430m|430000000 EUR", "$1.2bn|1200000000 USD",
                "\u00a32.5bn|2500000000 GBP", "\u00a51.5 trillion|1500000000000 JPY", "\u20b9500|500 INR",
                "\u20bd12 million|12000000 RUB", "\u20a910,000|10000 KRW", "US$3m|3000000 USD", "A$40m|40000000 AUD",
                "AU$5|5 AUD", "C$12bn|12000000000 CAD", "NZ$7m|7000000 NZD", "HK$2bn|2000000000 HKD",
                "S$90|90 SGD", "R$15 million|15000000 BRL", "NOK 640 million|640000000 NOK", "NOK640m|640000000 NOK",
                "CHF 12|12 CHF", "CHF 2.40|2.4 CHF", "USD 5bn|5000000000 USD", "EUR 12m|12000000 EUR",
                "SEK 300 million|300000000 SEK", "RMB 80 billion|80000000000 CNY", "Rs 500|500 INR",
                "Rs. 500 crore|500 INR", "$50k|50000 USD", "$7mn|7000000 USD", "$8mln|8000000 USD", "$3tn|3000000000000 USD",
                "$2b|2000000000 USD", "\u20ac 430 million|430000000 EUR", "$5 billion|5000000000 USD",
                "\u00a34 thousand|4000 GBP"})
        void symbolsAndCodes(String text, String expected) {
            String sentence = "The deal is worth " + text + ", officials said.";
            List<Money> money = extractor.extract(sentence);
            assertEquals(1, money.size(), sentence);
            Money amount = money.get(0);
            assertEquals(expected, plain(amount.amount()) + " " + amount.currency());
            assertEquals(Qualifier.EXACT, amount.qualifier());
            assertTrue(text.startsWith(amount.text()) || amount.text().equals(text), amount.text());
        }

        @Test
        void capitalScaleWords() {
            assertEquals(List.of("\u20ac520 MILLION=520000000 EUR exact"), found("FERRY FURY: Valderra splashes \u20ac520 MILLION on boats"));
        }

        @Test
        void aLowerCasePrefixIsNotADollarPrefix() {
            assertEquals(List.of("$5=5 USD exact"), found("They charge a $5 fee."));
        }

        @Test
        void copIsASummitNotAPeso() {
            assertEquals(List.of(), found("Delegates met at COP 28 in Dubai."));
        }
    }

    @Nested
    class CurrencyAfter {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "12 million rubles|12000000 RUB", "12 million roubles|12000000 RUB", "430 million euros|430000000 EUR",
                "300 million dollars|300000000 USD", "5,000 pounds|5000 GBP", "2 million pounds sterling|2000000 GBP",
                "5 million sterling|5000000 GBP", "900 yen|900 JPY", "80 billion yuan|80000000000 CNY",
                "3 billion renminbi|3000000000 CNY", "640 million kroner|640000000 NOK", "40 million krone|40000000 DKK",
                "300 million kronor|300000000 SEK", "12 million francs|12000000 CHF", "500 rupees|500 INR",
                "20 million rand|20000000 ZAR", "30 million zlotys|30000000 PLN", "8 million lira|8000000 TRY",
                "90 million shekels|90000000 ILS", "5 million hryvnias|5000000 UAH", "1 euro|1 EUR",
                "2 million Swiss francs|2000000 CHF", "640 million Norwegian kroner|640000000 NOK",
                "40 million Danish kroner|40000000 DKK", "300 million Swedish kronor|300000000 SEK",
                "5 million US dollars|5000000 USD", "7 million Australian dollars|7000000 AUD",
                "9 million Canadian dollars|9000000 CAD", "3 million Hong Kong dollars|3000000 HKD",
                "4 million New Zealand dollars|4000000 NZD", "6 billion Mexican pesos|6000000000 MXN",
                "2 billion Brazilian reais|2000000000 BRL", "10 million South African rand|10000000 ZAR",
                "430 million EUR|430000000 EUR", "430 millions d'euros|430000000 EUR",
                "430 millones de euros|430000000 EUR", "Half a billion euros|500000000 EUR",
                "Forty-three million euros|43000000 EUR", "a million dollars|1000000 USD",
                "five dollars|5 USD", "two hundred euros|200 EUR"})
        void words(String text, String expected) {
            String sentence = "They paid " + text + " in the end.";
            List<Money> money = extractor.extract(sentence);
            assertEquals(1, money.size(), sentence);
            assertEquals(expected, plain(money.get(0).amount()) + " " + money.get(0).currency());
            assertEquals(text, money.get(0).text());
        }

        @Test
        void pesosWithoutACountryAreNotReported() {
            assertEquals(List.of(), found("It cost 6 billion pesos."));
        }

        @Test
        void poundsOfSomethingAreAWeight() {
            assertEquals(List.of(), found("They seized 5,000 pounds of cocaine."));
        }

        @Test
        void aHyphenatedPoundIsAWeight() {
            assertEquals(List.of(), found("A 300-pound bomb was found."));
        }

        @Test
        void aBillionDollarDealHasNoAmount() {
            assertEquals(List.of(), found("It is a billion-dollar deal."));
        }

        @Test
        void aNumberLabelIsNotMoney() {
            assertEquals(List.of(), found("He took route 9 euros? No."));
        }
    }

    @Nested
    class Qualifiers {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"more than \u20ac300 million|more-than", "about $470m|approximately",
                "roughly \u00a3368m|approximately", "around 120 million euros|approximately",
                "some 43 million euros|approximately", "up to \u20ac40,000|up-to", "no more than \u20ac52 million|up-to",
                "above $4,000|more-than", "at least \u20ac5m|at-least", "less than $1bn|less-than",
                "nearly \u20ac2bn|approximately", "just over \u00a31m|more-than", "up to CHF 500 million|up-to",
                "about NOK640m|approximately", "an estimated $3bn|approximately"})
        void qualifierWordsAreInTheText(String text, String label) {
            String sentence = "It is worth " + text + " now.";
            Money money = extractor.extract(sentence).get(0);
            assertEquals(text, money.text());
            assertEquals(label, money.qualifier().label());
        }

        @Test
        void qualifierAfterTheAmount() {
            assertEquals(List.of("\u20ac5m or more=5000000 EUR at-least"), found("It needs \u20ac5m or more."));
        }

        @Test
        void capitalisedQualifierAtSentenceStart() {
            assertEquals(List.of("Roughly \u20ac120m=120000000 EUR approximately"), found("Roughly \u20ac120m is expected."));
        }

        @Test
        void asLowAsIsExact() {
            assertEquals(List.of("$4=4 USD exact"), found("Prices went as low as $4."));
        }
    }

    @Nested
    class Ranges {

        @Test
        void oneSymbolAndAHyphen() {
            assertEquals(List.of("\u20ac300-400 million=300000000..400000000 EUR range"), found("It costs \u20ac300-400 million."));
        }

        @Test
        void symbolOnBothBounds() {
            assertEquals(List.of("$1m-$2m=1000000..2000000 USD range"), found("Fees of $1m-$2m apply."));
            assertEquals(List.of("$120 million to $180 million=120000000..180000000 USD range"),
                    found("It saves $120 million to $180 million."));
        }

        @Test
        void theUpperScaleIsShared() {
            assertEquals(List.of("$5 to $7 billion=5000000000..7000000000 USD range"), found("It costs $5 to $7 billion."));
            assertEquals(List.of("5 to 7 billion euros=5000000000..7000000000 EUR range"), found("It costs 5 to 7 billion euros."));
        }

        @Test
        void between() {
            assertEquals(List.of("between $17 million and $24 million=17000000..24000000 USD range"),
                    found("They paid between $17 million and $24 million per gun."));
        }

        @Test
        void betweenWithoutASecondAmountIsASingleAmount() {
            assertEquals(List.of("\u20ac5m=5000000 EUR exact"), found("A gap between \u20ac5m and the rest."));
        }

        @Test
        void aRiseFromOneAmountToAnotherIsTwoAmounts() {
            assertEquals(List.of("\u20ac300m=300000000 EUR exact", "\u20ac400m=400000000 EUR exact"),
                    found("Costs rose from \u20ac300m to \u20ac400m."));
        }

        @Test
        void aFallingPairIsNotARange() {
            assertEquals(List.of("$5m=5000000 USD exact", "$3m=3000000 USD exact"), found("Fees of $5m-$3m were cut."));
        }
    }

    @Nested
    class NotMoney {

        @ParameterizedTest
        @ValueSource(strings = {"Millions were paid in advance.", "It was not worth a penny.", "Not one euro was paid.",
                "The euro rose against the dollar.", "Dollars and euros flowed.", "The $ sign.", "Tens of millions of euros.",
                "Prices in euros rose 5%.", "It weighs 5 pounds of feathers."})
        void noAmount(String sentence) {
            assertEquals(List.of(), found(sentence));
        }
    }

    @Nested
    class Texts {

        @Test
        void severalCurrenciesInOneSentence() {
            assertEquals(List.of("about $470m=470000000 USD approximately", "roughly \u00a3368m=368000000 GBP approximately"),
                    found("The deal is worth about $470m, or roughly \u00a3368m at current rates."));
        }

        @Test
        void aRateIsLeftOutOfTheText() {
            assertEquals(List.of("\u20ac50,000=50000 EUR exact"), found("Penalties run at \u20ac50,000 a day."));
        }

        @Test
        void bracketedConversions() {
            assertEquals(List.of("\u20ac1.1bn=1100000000 EUR exact", "$1.2bn=1200000000 USD exact"),
                    found("The \u20ac1.1bn ($1.2bn) order was signed."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"It is worth more than \u20ac300 million, or $330m, and NOK640m.",
                "Between $17 million and $24 million per gun, \u00a32.5bn in all.", "", "No money here.",
                "\u20ac", "$ 5", "Half a billion euros?"})
        void everyTextIsItsSpan(String sentence) {
            for (Money money : extractor.extract(sentence)) {
                assertEquals(money.text(), money.span().of(sentence));
                assertEquals(money.text().strip(), money.text());
            }
        }

        @Test
        void theTokensOverloadSharesTheResult() {
            Tokens tokens = Tokens.of("It costs \u20ac430 million.");
            assertSame(extractor.extract(tokens), extractor.extract(tokens));
            assertEquals(extractor.extract("It costs \u20ac430 million."), extractor.extract(tokens));
        }

        @Test
        void resultsCannotBeChanged() {
            List<Money> money = extractor.extract("It costs \u20ac430 million.");
            org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> money.add(money.get(0)));
        }
    }

    @Nested
    class Cases {

        static Stream<Arguments> cases() throws IOException {
            try (InputStream in = MoneyExtractorTest.class.getResourceAsStream("/money/cases.tsv")) {
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
