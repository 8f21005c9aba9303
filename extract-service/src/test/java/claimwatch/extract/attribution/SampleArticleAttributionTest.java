package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import claimwatch.extract.entity.SampleArticles;
import claimwatch.extract.sentence.Sentence;

/** Speakers of chosen sentences of the sample coverage, found by how the sentence starts. */
class SampleArticleAttributionTest {

    @Test
    void wireStoryQuotesRendalCarbonellHaleAndQuiroga() {
        Sample sample = new Sample("articles/03-");
        assertEquals("none", sample.at("PUERTO ALBA, Valderra"));
        assertEquals("direct-quote|Joaquin Rendal|told|null", sample.at("\"This is the largest investment"));
        assertEquals("direct-quote|Joaquin Rendal|told|Valderra's regional minister for infrastructure and mobility",
                sample.at("The islands have waited long enough"));
        assertEquals("indirect|Joaquin Rendal|said|null", sample.at("The first new ferry will enter service"));
        assertEquals("indirect|auditors|found|null", sample.at("The auditors found"));
        assertEquals("direct-quote|Joaquin Rendal|said|null", sample.at("He said the regional cabinet"));
        assertEquals("direct-quote|Ines Carbonell|said|null", sample.at("\"The audit does not say"));
        assertEquals("direct-quote|Ines Carbonell|said|null", sample.at("It says the region has very little room"));
        assertEquals("direct-quote|Ines Carbonell|said|null", sample.at("\"Realistically"));
        assertEquals("indirect|Ines Carbonell; Anders Brekke|wrote|null", sample.at("Carbonell and her CCTS colleague"));
        assertEquals("indirect|Fiona Hale|said|Aldermoor chief executive", sample.at("Aldermoor chief executive Fiona Hale"));
        assertEquals("indirect|Fiona Hale|said|null", sample.at("She said the order lifts"));
        assertEquals("direct-quote|Marta Quiroga|called|Opposition deputy", sample.at("Opposition deputy Marta Quiroga"));
        assertEquals("none", sample.at("NPV has not ordered"));
    }

    @Test
    void tabloidQuotesAcrossSentencesAndColons() {
        Sample sample = new Sample("articles/02-");
        assertEquals("direct-quote|Joaquin Rendal|told|null", sample.at("The islands have waited long enough,\" he told"));
        assertEquals("direct-quote|Marta Quiroga|told|null", sample.at("\"People on the islands"));
        assertEquals("direct-quote|Pepe Arrieta|said|null", sample.at("I don't care who builds"));
        assertEquals("direct-quote|Nuria Salcedo|fumed|null", sample.at("For that money"));
        assertEquals("none", sample.at("But the Klaxon can reveal"));
        assertEquals("none", sample.at("The firm also reportedly hired"));
    }

    @Test
    void factCheckCitesTheTabloidAndResolvesTheSpokeswoman() {
        Sample sample = new Sample("articles/10-");
        assertEquals("outlet-citation|The Daily Klaxon|alleged|null", sample.at("A report published by the Daily Klaxon"));
        assertEquals("indirect|Joaquin Rendal|said|regional minister for infrastructure and mobility",
                sample.at("A spokeswoman for Joaquin Rendal"));
        assertEquals("direct-quote|Joaquin Rendal|said|null", sample.at("Nothing has been paid"));
        assertEquals("outlet-citation|El Faro de Valderra|reported|null", sample.at("El Faro de Valderra reported"));
        assertEquals("indirect|Ines Carbonell|added|null", sample.at("She added that"));
    }

    @Test
    void twoHopCitationChain() {
        Sample sample = new Sample("articles/11-");
        assertEquals("outlet-citation|The Mercantile Journal; Meridian Wire|reports|null",
                sample.at("The Mercantile Journal reports"));
        assertEquals("direct-quote|European Commission|said|null", sample.at("A Commission spokesperson"));
        assertEquals("indirect|Ines Carbonell; Anders Brekke|wrote|null", sample.at("Carbonell and Anders Brekke"));
    }

    @Test
    void tradeMagazineCitesTheWire() {
        assertEquals("outlet-citation|Meridian Wire; Joaquin Rendal|according to|regional minister",
                new Sample("articles/08-").at("According to Meridian Wire"));
        assertEquals("outlet-citation|Meridian Wire|according to|null",
                new Sample("pasted/14-").at("According to Meridian Wire"));
    }

    @Test
    void islandWeeklyQuotesTheMayorOverThreeSentences() {
        Sample sample = new Sample("pasted/14-");
        assertEquals("direct-quote|Elena Mirabal|said|null", sample.at("\"We are happy, of course."));
        assertEquals("direct-quote|Elena Mirabal|said|mayor of Corva", sample.at("But we have heard promises before"));
        assertEquals("direct-quote|Elena Mirabal|said|null", sample.at("\"If the first ship goes"));
        assertEquals("direct-quote|Joaquin Rendal|said|null", sample.at("Rendal's office said"));
        assertEquals("according-to|island council|according to|null", sample.at("Last winter, 212 sailings"));
    }

    @Test
    void marathonProposalKeepsPalauThroughAThreeSentenceQuote() {
        Sample sample = new Sample("pasted/15-");
        assertEquals("direct-quote|Irene Palau|joked|null", sample.at("\"My favourite comment said"));
        assertEquals("direct-quote|Irene Palau|joked|null", sample.at("\"But I'm glad he finished."));
        assertEquals("direct-quote|Irene Palau|joked|null", sample.at("The medal looks good"));
        assertEquals("none", sample.at("She said yes"));
    }

    /** One sample article, attributed. */
    private static final class Sample {

        private final List<Sentence> sentences;
        private final List<Optional<Attribution>> attributions;

        Sample(String prefix) {
            sentences = SampleArticles.sentences(prefix);
            attributions = Attributed.of(sentences);
        }

        String at(String start) {
            Sentence sentence = sentences.stream().filter(s -> s.text().startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no sentence starts with " + start));
            return Attributed.describe(attributions.get(sentence.index()));
        }
    }
}
