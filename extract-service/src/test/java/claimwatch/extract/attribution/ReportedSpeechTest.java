package claimwatch.extract.attribution;

import static claimwatch.extract.attribution.Attributed.describe;
import static claimwatch.extract.attribution.Attributed.describeAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportedSpeechTest {

    private static final String LOPEZ = "Maria Lopez is a senior fellow at the Institute for Maritime Studies (IMS). ";

    @Test
    void speakerBeforeTheVerb() {
        assertEquals("indirect|Maria Lopez|said|null", describe(LOPEZ + "Lopez said the deal was sound.", 1));
    }

    @Test
    void speakerAfterTheClaim() {
        assertEquals("indirect|Maria Lopez|said|null", describe(LOPEZ + "The deal was sound, Lopez said.", 1));
        assertEquals("indirect|Joaquin Rendal|said|null", describe("The first ferry will sail in 2027, "
                + "Joaquin Rendal said in an interview with Meridian Wire after the signing.", 0));
    }

    @Test
    void toldWithAListenerAndThat() {
        assertEquals("indirect|Joaquin Rendal|told|null",
                describe("Joaquin Rendal told reporters that the ferries would arrive in 2027.", 0));
    }

    @Test
    void describedSpeakerWithATimeBeforeThat() {
        assertEquals("indirect|ministry|said|null", describe("The ministry said on Tuesday that costs had risen.", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"added", "warned", "claimed", "argued", "insisted", "estimated", "confirmed", "announced",
            "denied", "wrote", "explained", "admitted", "recalled"})
    void reportingVerbs(String verb) {
        assertEquals("indirect|Maria Lopez|" + verb + "|null",
                describe(LOPEZ + "Lopez " + verb + " that the price had been fixed in 2023.", 1));
    }

    @Test
    void adverbsAndAuxiliariesBetweenSpeakerAndVerb() {
        assertEquals("indirect|Maria Lopez|said|null", describe(LOPEZ + "Lopez has also said the price is fixed.", 1));
        assertEquals("indirect|Maria Lopez|said|null", describe(LOPEZ + "Lopez on Friday said the price is fixed.", 1));
    }

    @Test
    void appositiveRoleWithAPossessive() {
        assertEquals("indirect|Fiona Hale|said|Aldermoor's chief executive",
                describe("Fiona Hale, Aldermoor's chief executive, said the order book was full.", 0));
    }

    @Test
    void longAppositiveWithTwoSegmentsGivesTheFirstAsRole() {
        assertEquals("indirect|Ines Carbonell|said|senior fellow at the Centre for Coastal Transport Studies (CCTS)",
                describe("Ines Carbonell, senior fellow at the Centre for Coastal Transport Studies (CCTS), a research "
                        + "group based in Lisbon, said the audit raised fair questions.", 0));
    }

    @Test
    void roleEndsBeforeARelativeClause() {
        assertEquals("indirect|Ines Carbonell|said|senior fellow at the Centre for Coastal Transport Studies",
                describe("Ines Carbonell, a senior fellow at the Centre for Coastal Transport Studies who has followed "
                        + "the tender, said the timing was tight.", 0));
    }

    @Test
    void affiliationAloneIsNoRole() {
        assertEquals("indirect|Ines Carbonell|warned|Maritime expert", describe("Maritime expert Ines Carbonell, "
                + "of the Centre for Coastal Transport Studies, warned the region had little room.", 0));
        assertEquals("indirect|Ines Carbonell|said|null", describe("Ines Carbonell, of the Centre for Coastal "
                + "Transport Studies, said the region had little room.", 0));
    }

    @Test
    void roleWordsBeforeTheNameAsWritten() {
        assertEquals("indirect|Fiona Hale|said|Aldermoor chief executive", describe("Aldermoor Marine Engineering won. "
                + "Aldermoor chief executive Fiona Hale said the company would hire 300 people.", 1));
        assertEquals("indirect|Marta Quiroga|said|Opposition deputy",
                describe("Opposition deputy Marta Quiroga said her party would demand the bid documents.", 0));
        assertEquals("indirect|Andrea Vives|said|Councillor for sport",
                describe("Councillor for sport Andrea Vives said the start would move to 8am.", 0));
    }

    @Test
    void organisationAndRoleBeforeTheNameGiveThePerson() {
        assertEquals("indirect|Steve Jobs|saying|Apple CEO", describe("Apple Inc. held an event. Apple CEO Steve Jobs "
                + "unveiled the new products, saying the company has been busy.", 1));
        assertEquals("indirect|Ron Sugar|said|Northrop Grumman CEO", describe("Northrop Grumman Corp. won. Northrop Grumman CEO Ron "
                + "Sugar said in an interview that nobody expected it.", 1));
    }

    @Test
    void titleRightBeforeTheNameIsNotPartOfTheRole() {
        assertEquals("indirect|Duncan McNab|stated|USAF's chief of staff", describe("The United States Air Force "
                + "(USAF) agreed. USAF's chief of staff General Duncan McNab stated that the tanker was a priority.", 1));
    }

    @Test
    void describedSpeakerKeepsAMeaningfulCapital() {
        assertEquals("indirect|Belgian government|announced|null",
                describe("The Belgian government has announced that it will give up to 150 million in aid.", 0));
        assertEquals("indirect|regional officials|said|null",
                describe("Regional officials said the vote was set for April.", 0));
    }

    @Test
    void twoSpeakersInOrder() {
        String text = "Maria Lopez and Wei Chen met in Oslo. Lopez and Chen wrote in a report that costs rose 17%.";
        assertEquals("indirect|Maria Lopez; Wei Chen|wrote|null", describe(text, 1));
        assertEquals("indirect|Ines Carbonell; Anders Brekke|wrote|null", describe("Ines Carbonell and her "
                + "colleague Anders Brekke wrote in a CCTS paper that ferry contracts overran by 17%.", 0));
    }

    @Test
    void unknownNamesStayAsWritten() {
        assertEquals("indirect|Kowalski|said|null", describe("The deal was bad, Kowalski said.", 0));
        assertEquals("indirect|Lopez; Chen|wrote|null", describe("Lopez and Chen wrote that costs rose.", 0));
        assertEquals("none", describe("Protesters said the deal was bad.", 0));
    }

    @Test
    void coordinatedVerbSharesTheSubject() {
        String text = "The European Commission is expected to pay. A Commission spokesperson declined to comment "
                + "but said that member states remain responsible.";
        assertEquals("indirect|European Commission|said|null", describe(text, 1));
        assertEquals("direct-quote|Joaquin Rendal|told|regional minister for infrastructure and mobility",
                describe("Joaquin Rendal, the regional minister for infrastructure and mobility, declined to confirm "
                        + "the date on Friday but told the Courier: \"We are in the final stage.\"", 0));
    }

    @Test
    void coordinatedMainClauseIsAttributed() {
        assertEquals("indirect|analysts|warn|null", describe("The contract is the largest in the yard's history, "
                + "but analysts warn that the fixed price leaves little room for error.", 0));
        assertEquals("indirect|Aldermoor Marine Engineering|denied|null", describe("Aldermoor Marine Engineering "
                + "signed. Payment records do not show any payment, and Aldermoor has denied receiving any.", 1));
    }

    @Test
    void spokespersonAndOfficeStandForWhomTheySpeak() {
        String rendal = "Joaquin Rendal is the minister. ";
        assertEquals("indirect|Joaquin Rendal|said|null",
                describe(rendal + "A spokeswoman for Joaquin Rendal said no money had been paid.", 1));
        assertEquals("indirect|Joaquin Rendal|said|null",
                describe(rendal + "Rendal's office said the plan would be decided later.", 1));
    }

    @Test
    void anonymousSourcesAreDescribedInLowerCaseWithoutTheArticle() {
        assertEquals("indirect|two people familiar with the talks|said|null",
                describe("Two people familiar with the talks said the deal was worth €90m.", 0));
        assertEquals("indirect|officials in the region|say|null",
                describe("Officials in the region say about €120 million has been earmarked.", 0));
        assertEquals("indirect|race organisers|said|null",
                describe("Race organisers said it was the first proposal at the finish line of the race.", 0));
        assertEquals("indirect|Nordvik officials|said|null",
                describe("Nordvik officials said the yard was busy.", 0));
        assertEquals("indirect|insiders|claim|null", describe("And insiders claim the firm pocketed €15 million.", 0));
    }

    @Test
    void organisationNamedBeforeItsGroupNoun() {
        assertEquals("indirect|Green Left|said|null",
                describe("The opposition Green Left group has said it will not support the deal.", 0));
    }

    @Test
    void subordinateAttributionCountsOnlyForAFigure() {
        assertEquals("indirect|union representatives|say|null", describe("The refits would be done at the yard, "
                + "where union representatives say at least 300 jobs depend on the work.", 0));
        assertEquals("none", describe("The minister resigned after critics said the deal was bad.", 0));
    }

    @Test
    void chainOfTwoSpeakersInCitationOrder() {
        assertEquals("indirect|opposition; audit office|recalled|null",
                describe("The opposition recalled that the audit office warned of delays.", 0));
    }

    @Test
    void verbsThatNeedAClause() {
        assertEquals("indirect|auditors|found|null", describe("The auditors found that costs rose 23%.", 0));
        assertEquals("indirect|auditors|found|null", describe("The auditors found the bill had risen 23%.", 0));
        assertEquals("none", describe("The survey found four breeding pairs.", 0));
    }

    @Test
    void statementsWithoutContentAreNotAttributions() {
        assertEquals("none", describe("She said yes - and the crowd went wild.", 0));
        assertEquals("none", describe("Maria Lopez welcomed the decision.", 0));
        assertEquals("none", describe("The company is said to be in talks.", 0));
    }

    @Test
    void outletReferringToItselfIsTheArticleAsserting() {
        assertEquals(List.of("none", "none"),
                describeAll("The Courier has learned that the deal is done. But the Klaxon can reveal that it was agreed."));
    }

    @Test
    void speakerInsideARelativeClauseIsNoAttribution() {
        assertEquals("none", describe("The report that Maria Lopez said was wrong has been withdrawn.", 0));
    }

    @Test
    void pointedToIsAReportingPhrase() {
        assertEquals("indirect|Maria Lopez|pointed to|null",
                describe(LOPEZ + "Lopez pointed to a study showing that hybrid retrofits overran most.", 1));
    }

    @Test
    void accordingToAnOrganisationOrAPerson() {
        assertEquals("according-to|ministry|according to|null",
                describe("The deal is worth €430m, according to the ministry.", 0));
        assertEquals("according-to|Fiona Hale|according to|chief executive",
                describe("It lifts the order book to £2.5bn, according to chief executive Fiona Hale, and secures work.", 0));
        assertEquals("according-to|Maria Lopez|according to|null",
                describe(LOPEZ + "According to Lopez, the renewal will take five years.", 1));
    }

    @Test
    void accordingToADocumentIsAccordingToItsOwner() {
        assertEquals("according-to|ministry|according to|null",
                describe("According to figures from the ministry, costs rose 23%.", 0));
        assertEquals("according-to|regional government|according to|null", describe("The ferries burn 40% less "
                + "fuel, according to figures published by the regional government.", 0));
        assertEquals("according-to|island council|according to|null", describe("Last winter 212 sailings were "
                + "cancelled, according to figures collected by the island council.", 0));
        assertEquals("according-to|audit office|according to|null",
                describe("Costs rose 23%, according to the audit office.", 0));
    }

    @Test
    void accordingToAnAnonymousSource() {
        assertEquals("according-to|two people familiar with the talks|according to|null", describe("A service deal, "
                + "worth about €90m according to two people familiar with the talks, is still being negotiated.", 0));
        assertEquals("according-to|person briefed on the arrangement|according to|null", describe("The subcontract "
                + "is worth NOK640m, according to a person briefed on the arrangement.", 0));
    }
}
