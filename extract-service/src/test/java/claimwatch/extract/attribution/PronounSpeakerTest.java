package claimwatch.extract.attribution;

import static claimwatch.extract.attribution.Attributed.describe;
import static claimwatch.extract.attribution.Attributed.describeAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PronounSpeakerTest {

    @Test
    void sheIsTheLastPersonWhoSpoke() {
        String text = "Aldermoor chief executive Fiona Hale said the yard would hire 300 people. "
                + "She said the order book was full.";
        assertEquals("indirect|Fiona Hale|said|null", describe(text, 1));
    }

    @Test
    void heSkipsSpeakersWhoAreNotPeople() {
        String text = "Joaquin Rendal said the price was fixed. The ministry said costs would not rise. "
                + "He added that penalties applied.";
        assertEquals("indirect|Joaquin Rendal|added|null", describe(text, 2));
    }

    @Test
    void speakerMoreThanThreeSentencesBackIsTooFar() {
        String text = "Joaquin Rendal said the price was fixed. The ferries are old. The routes are long. "
                + "The islands wait. He added that penalties applied.";
        assertEquals("indirect||added|null", describe(text, 4));
    }

    @Test
    void theOnlyPersonNamedInTheSentenceBefore() {
        String text = "The mayor, Rosa Iturbe, defended the investment. \"Culture is also infrastructure,\" she said.";
        assertEquals("direct-quote|Rosa Iturbe|said|null", describe(text, 1));
    }

    @Test
    void twoPeopleNamedBeforeLeaveThePronounUnresolved() {
        String text = "Rosa Iturbe met Gonzalo Ybarra. \"Culture is also infrastructure,\" she said.";
        assertEquals("direct-quote||said|null", describe(text, 1));
    }

    @Test
    void heInTheSameSentenceIsItsSubject() {
        assertEquals("indirect|Joaquin Rendal|recalled|null", describe("Joaquin Rendal defended the deal, "
                + "and he recalled that the cabinet approved it in 2023.", 0));
    }

    @Test
    void theyAreTheTwoWhoWrote() {
        String text = "Ines Carbonell and Anders Brekke wrote that costs rose. They said the state must pay.";
        assertEquals("indirect|Ines Carbonell; Anders Brekke|said|null", describe(text, 1));
    }

    @Test
    void theyAreThePluralSubjectOfTheSentenceBefore() {
        String text = "Auditors last week released a 600-page report. They found the bill had risen by 23%.";
        assertEquals("indirect|auditors|found|null", describe(text, 1));
    }

    @Test
    void itIsTheOrganisationThatSpoke() {
        String text = "Aldermoor Marine Engineering said the yard was busy. It said it would hire 300 people.";
        assertEquals("indirect|Aldermoor Marine Engineering|said|null", describe(text, 1));
    }

    @Test
    void capitalisedItIsNoPronoun() {
        String text = "\"I checked the pocket a hundred times,\" the beaming IT worker told the Klaxon. "
                + "But he insisted he had no regrets.";
        assertEquals(List.of("direct-quote|beaming IT worker|told|null", "indirect|beaming IT worker|insisted|null"),
                describeAll(text));
    }

    @Test
    void resolvedPronounResolvesTheNextOne() {
        List<String> described = describeAll("Marco Serrat finished in four hours. But he insisted he had no "
                + "regrets. \"I was running for a yes,\" he said.");
        assertEquals(List.of("none", "indirect|Marco Serrat|insisted|null", "direct-quote|Marco Serrat|said|null"),
                described);
    }
}
