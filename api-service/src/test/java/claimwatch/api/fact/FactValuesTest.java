package claimwatch.api.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.api.claim.ArticleClaimsMessage;

class FactValuesTest {

    private static FactValue money(double amount, Double upper, String currency, String qualifier) {
        return FactValues.of(new ArticleClaimsMessage.Money("text", null, amount, upper, currency, qualifier));
    }

    private static FactValue quantity(double value, Double upper, String unit, String qualifier) {
        return FactValues.of(new ArticleClaimsMessage.Quantity("text", null, value, upper, unit, null, null, qualifier));
    }

    private static FactValue date(String value, String role) {
        return FactValues.of(new ArticleClaimsMessage.DateMention("text", null, value, null, role));
    }

    @ParameterizedTest
    @CsvSource({ "430000000, exact, EUR 430 million", "2500000000, approximately, about GBP 2.5 billion", "400000000, more-than, more than EUR 400 million",
            "40000, up-to, 'up to EUR 40,000'", "3800000, at-least, at least EUR 3.8 million", "1500000, less-than, less than EUR 1.5 million" })
    void moneyReadsWithItsQualifierBeforeTheCurrency(double amount, String qualifier, String display) {
        String currency = display.contains("GBP") ? "GBP" : "EUR";
        FactValue value = money(amount, null, currency, qualifier);
        assertEquals(display, value.display());
        assertEquals("money", value.kind());
        assertEquals(currency, value.unit());
        assertEquals(qualifier, value.qualifier());
    }

    @Test
    void moneyRangesShowBothEnds() {
        assertEquals("EUR 5 million to 7 million", money(5e6, 7e6, "EUR", "range").display());
    }

    @Test
    void numbersReadPlainlyWithTheirUnit() {
        assertEquals("600", quantity(600, null, null, "exact").display());
        assertEquals("2,300 square metres", quantity(2300, null, "square metres", "exact").display());
        assertEquals("about 4.5 million", quantity(4.5e6, null, null, "approximately").display());
        assertEquals("23%", quantity(23, null, "percent", null).display());
        assertEquals("about 40%", quantity(40, null, "percent", "approximately").display());
        assertEquals("5 to 7 years", quantity(5, 7.0, "years", "range").display());
        assertEquals("16.5 knots", quantity(16.5, null, "knots", "exact").display());
        assertEquals("2 times", quantity(2, null, "times", "exact").display());
        assertEquals("exact", quantity(2, null, "times", null).qualifier());
    }

    @Test
    void datesReadAsAPersonWritesThem() {
        assertEquals("2023", date("2023", "event").display());
        assertEquals("March 2023", date("2023-03", "event").display());
        assertEquals("11 March 2024", date("2024-03-11", "event").display());
        assertEquals("by 2030", date("2030", "deadline").display());
        assertEquals("since 2021", date("2021", "since").display());
        assertEquals("2024-03", date("2024-03", null).date());
        assertEquals("2024-13", date("2024-13", null).display(), "an unreadable date is shown as written");
    }

    @Test
    void plainAndLargeFormatting() {
        assertEquals("1,200", FactValues.plain(1200));
        assertEquals("0.25", FactValues.plain(0.25));
        assertEquals("12 million", FactValues.plain(12e6));
        assertEquals("1.235 billion", FactValues.large(1.2345e9));
        assertEquals("999,999", FactValues.large(999_999));
    }

    @Test
    void idsAreTheFirstTwentyFourHexDigitsOfSha256() {
        assertEquals("5b133c63b4eda831b15fbd5b", FactIds.of("story-1", "money:contract", "money EUR 430000000"));
        assertEquals("318028c30f6767aedf0f60b9", FactIds.of("story-1", "money:contract"));
    }

    @Test
    void canonicalValuesIgnoreTheWording() {
        assertEquals("money EUR 430000000", FactIds.canonical(money(430e6, null, "EUR", "approximately")));
        assertEquals("number percent 23", FactIds.canonical(quantity(23, null, "percent", "exact")));
        assertEquals("number years 5-7", FactIds.canonical(quantity(5, 7.0, "years", "range")));
        assertEquals("number 612", FactIds.canonical(quantity(612, null, null, null)));
        assertEquals("date 2023-03", FactIds.canonical(date("2023-03", "event")));
    }
}
