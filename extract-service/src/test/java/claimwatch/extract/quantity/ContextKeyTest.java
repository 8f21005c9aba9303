package claimwatch.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import claimwatch.extract.number.Tokens;

class ContextKeyTest {

    /** The key for the percentage marked with brackets: "[23%] of voters". */
    private static String percentKey(String marked) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']');
        String sentence = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
        Tokens tokens = Tokens.of(sentence);
        int start = tokens.indexAtOrAfter(open);
        int end = tokens.indexAtOrAfter(close - 1);
        String key = ContextKey.forPercent(tokens, start, end);
        return key == null ? "-" : key;
    }

    private static String measureKey(String marked) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']');
        String sentence = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
        Tokens tokens = Tokens.of(sentence);
        String key = ContextKey.forMeasure(tokens, tokens.indexAtOrAfter(open), tokens.indexAtOrAfter(close - 1));
        return key == null ? "-" : key;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[23%] of voters|voter", "[23%] of the workforce|workforce",
            "a [23%] rise in costs|cost", "a [5.2%] rise in sales|sales", "a [1.8%] fall in the volume|volume",
            "a [15%] cut in subsidies|subsidy", "a [3%] increase of prices|price", "[40%] less fuel|fuel",
            "[10%] more staff|staff", "[20%] fewer trains|train", "costs rose [23%]|cost", "costs rose by [23%]|cost",
            "the cost had risen [23%]|cost", "the cost has gone up [23%]|cost", "prices were up [5%]|price",
            "Shares in Brunnmatt rose [3.4%]|share", "profits fell [3.1%]|profit", "occupancy [close to 95%]|occupancy",
            "a margin of [between 4% and 6%]|margin", "[28%] of Valderra's \u20ac430 million ferry renewal|renewal",
            "an average of [17%]|-", "it rose [5%]|-", "up [5%]|-", "they took [5%]|-", "a total of [5%]|-",
            "the [5%] tax|-"})
    void percentages(String marked, String key) {
        assertEquals(key, percentKey(marked));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[5 tonnes] of cocaine|cocaine", "[2,300 square metres] of rooms|room",
            "[five weeks] of uncertainty|uncertainty", "a range of [about 40 km]|range", "the entire [42.2km] course|course",
            "[1,200 km] long|-", "[150 m] tall|-", "[11 light-years] away|-", "[2 nautical miles] offshore|-",
            "the final [ten kilometres]|-", "[six days] after|-", "crossed the line [38 seconds] ahead|-",
            "took [43 seconds] off|-", "a speed of [16.5 knots]|speed"})
    void measures(String marked, String key) {
        assertEquals(key, measureKey(marked));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"double-ended ro-pax with|ro-pax", "service agreement is|agreement",
            "bridge needs repairs|bridge", "stage.|stage", "time trial on Sunday|trial", "of the year|-"})
    void modifiedNouns(String text, String key) {
        String found = ContextKey.modifiedNoun(Tokens.of(text), 0);
        assertEquals(key, found == null ? "-" : found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"its exhibition surface.|0|surface", "its installed wind capacity|0|capacity",
            "every month.|0|-", "what others paid|0|-"})
    void multiplyingVerbObjects(String text, int at, String key) {
        String found = ContextKey.forMultiplyingVerb(Tokens.of(text), at, at);
        assertEquals(key, found == null ? "-" : found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Cases have roughly|2|case", "Cocoa futures more|2|future", "it|1|-",
            "the price per gun is reportedly nearly|6|gun"})
    void subjects(String text, int end, String key) {
        String found = SubjectKey.subject(Tokens.of(text), end);
        assertEquals(key, found == null ? "-" : found);
    }
}
