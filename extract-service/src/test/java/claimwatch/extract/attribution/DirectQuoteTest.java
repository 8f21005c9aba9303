package claimwatch.extract.attribution;

import static claimwatch.extract.attribution.Attributed.describe;
import static claimwatch.extract.attribution.Attributed.describeAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import claimwatch.extract.sentence.SentenceSplitter;

class DirectQuoteTest {

    private static final String LOPEZ = "Maria Lopez is a senior fellow at the Institute for Maritime Studies (IMS). ";

    @Test
    void speakerAfterTheQuote() {
        assertEquals("direct-quote|Maria Lopez|said|null", describe(LOPEZ + "\"The deal is sound,\" Lopez said.", 1));
    }

    @Test
    void invertedSpeakerAfterTheQuoteWithAnAppositiveRole() {
        assertEquals("direct-quote|Maria Lopez|said|senior fellow for naval affairs at the IMS",
                describe("\"The deal is sound,\" said Maria Lopez, a senior fellow for naval affairs at the IMS.", 0));
    }

    @Test
    void speakerBeforeTheQuoteWithAColon() {
        assertEquals("direct-quote|Maria Lopez|said|null", describe(LOPEZ + "Lopez said: \"The deal is sound.\"", 1));
    }

    @Test
    void curlyAndSingleQuotesAreQuotesToo() {
        assertEquals("direct-quote|Maria Lopez|said|null", describe(LOPEZ + "“The deal is sound,” Lopez said.", 1));
        assertEquals("direct-quote|Maria Lopez|said|null", describe(LOPEZ + "'The deal is sound,' Lopez said.", 1));
        assertEquals("direct-quote|Maria Lopez|said|null", describe(LOPEZ + "‘The deal is sound,’ Lopez said.", 1));
    }

    @Test
    void quoteOverTwoSentencesWithTheSpeakerInTheSecond() {
        List<String> described = describeAll(LOPEZ
                + "\"We will build six ships. They will be ready by 2030,\" Lopez said.");
        assertEquals(List.of("direct-quote|Maria Lopez|said|null", "direct-quote|Maria Lopez|said|null"),
                described.subList(1, 3));
    }

    @Test
    void quoteOverThreeSentencesWithTheSpeakerInTheFirst() {
        List<String> described = describeAll(LOPEZ
                + "Lopez said: \"We will build six ships. They will be ready by 2030. Nobody doubts it.\"");
        assertEquals(List.of("direct-quote|Maria Lopez|said|null", "direct-quote|Maria Lopez|said|null",
                "direct-quote|Maria Lopez|said|null"), described.subList(1, 4));
    }

    @Test
    void quoteOverThreeSentencesWithTheSpeakerInTheMiddle() {
        List<String> described = describeAll(LOPEZ + "\"We will build six ships. They will be ready by 2030,\" "
                + "Lopez told reporters, \"and they will cost less. Nobody doubts it.\"");
        assertEquals(List.of("direct-quote|Maria Lopez|told|null", "direct-quote|Maria Lopez|told|null",
                "direct-quote|Maria Lopez|told|null"), described.subList(1, 4));
    }

    @Test
    void quoteContinuedAfterItsAttributionIsTheSameSpeaker() {
        List<String> described = describeAll(LOPEZ
                + "\"The audit does not say the price is wrong,\" Lopez said. \"It says the margin is thin.\"");
        assertEquals(List.of("direct-quote|Maria Lopez|said|null", "direct-quote|Maria Lopez|said|null"),
                described.subList(1, 3));
    }

    @Test
    void quoteAfterReportedSpeechIsTheSameSpeaker() {
        List<String> described = describeAll(LOPEZ + "Lopez said the deal was sound. \"It is the best we could get.\"");
        assertEquals(List.of("indirect|Maria Lopez|said|null", "direct-quote|Maria Lopez|said|null"),
                described.subList(1, 3));
    }

    @Test
    void saidInsideTheQuoteIsNotTheAttribution() {
        assertEquals("direct-quote|Maria Lopez|said|null",
                describe(LOPEZ + "\"My neighbour said it would fail,\" Lopez said.", 1));
        assertEquals("direct-quote|Irene Palau|joked|null", describe("Irene Palau waited at the barrier. "
                + "\"One comment said he should have proposed at kilometre one,\" Palau joked.", 1));
    }

    @Test
    void pronounAfterTheQuoteIsTheLastPersonWhoSpoke() {
        List<String> described = describeAll(LOPEZ + "Lopez said the deal was sound. "
                + "\"We will build six ships. They will be ready by 2030,\" she said.");
        assertEquals(List.of("direct-quote|Maria Lopez|said|null", "direct-quote|Maria Lopez|said|null"),
                described.subList(2, 4));
    }

    @Test
    void partialQuoteInReportedSpeechIsADirectQuote() {
        assertEquals("direct-quote|Joaquin Rendal|insisted|null",
                describe("Joaquin Rendal insisted the price was \"fixed\" and said penalties would apply.", 0));
    }

    @Test
    void scareQuoteWithoutASpeakerIsNoAttribution() {
        assertEquals("none", describe("The firm also reportedly hired an adviser as a \"consultant\" last summer.", 0));
    }

    @Test
    void quotedTitleIsNotQuotedSpeech() {
        assertEquals("indirect|Maria Lopez|said|null",
                describe(LOPEZ + "The ship was renamed \"Sea Star\" last year, Lopez said.", 1));
    }

    @Test
    void questionThatTheSplitterCutFromItsAttributionKeepsIt() {
        String text = LOPEZ + "Lopez said costs rose. \"Is it fair?\" she asked.";
        assertEquals(4, new SentenceSplitter().split(text).size());
        assertEquals(List.of("direct-quote|Maria Lopez|asked|null", "direct-quote|Maria Lopez|asked|null"),
                describeAll(text).subList(2, 4));
    }

    @Test
    void speakerWithAgeAndRoleBeforeAColon() {
        assertEquals("direct-quote|Pepe Arrieta|said|fisherman from Corva",
                describe("Pepe Arrieta, 58, a fisherman from Corva, said: \"The old boats break down every winter.\"", 0));
    }

    @Test
    void roleWordsBeforeTheSpeaker() {
        assertEquals("direct-quote|Nuria Salcedo|fumed|shop owner",
                describe("But shop owner Nuria Salcedo, 44, from Sereno, fumed: \"Half a billion euros?\"", 0));
    }

    @Test
    void namedSpeakerAfterADescribedOne() {
        assertEquals("direct-quote|Marta Quiroga|said|transport spokeswoman",
                describe("\"Nobody is against new ferries,\" said its transport spokeswoman, Marta Quiroga.", 0));
    }

    @Test
    void quoteWithoutAnySpeakerAnywhereIsNoAttribution() {
        assertEquals(List.of("none", "none"), describeAll("\"Ferries first\". \"Nothing else matters.\""));
    }

    @Test
    void apostrophesDoNotOpenQuotes() {
        assertEquals(List.of("none", "indirect|Maria Lopez|said|null"),
                describeAll("The workers' union met in Lopez's office. Maria Lopez said the deal was fine."));
    }
}
