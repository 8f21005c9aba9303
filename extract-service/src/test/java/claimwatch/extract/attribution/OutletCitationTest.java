package claimwatch.extract.attribution;

import static claimwatch.extract.attribution.Attributed.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutletCitationTest {

    @Test
    void outletCitingAnotherOutletInCitationOrder() {
        assertEquals("outlet-citation|Harbor Times; Reuters|reports|null",
                describe("Harbor Times reports, citing Reuters, that the port will close.", 0));
        assertEquals("outlet-citation|The Mercantile Journal; Meridian Wire|reports|null", describe("The Mercantile "
                + "Journal reports, citing Meridian Wire, that the first ferry will sail only in 2027.", 0));
    }

    @Test
    void outletWithCapitalisedTheKeepsItInItsName() {
        assertEquals("outlet-citation|The Financial Times|reported|null",
                describe("The Financial Times reported that the bank would sell its stake.", 0));
    }

    @Test
    void outletAfterTheClaim() {
        assertEquals("outlet-citation|Meridian Wire|reported|null",
                describe("The vote will take place on April 18, Meridian Wire reported.", 0));
    }

    @Test
    void outletWithoutANewsWordIsKnownByReporting() {
        assertEquals("outlet-citation|El Faro de Valderra|reported|null", describe("El Faro de Valderra reported on "
                + "Tuesday that the Green Left group would ask for a hearing.", 0));
    }

    @Test
    void outletCitingAnUnnamedSource() {
        assertEquals("outlet-citation|Meridian Wire; parliamentary officials|reported|null",
                describe("Meridian Wire reported, citing parliamentary officials, that the vote was set.", 0));
    }

    @Test
    void accordingToAnOutletIsAnOutletCitation() {
        assertEquals("outlet-citation|Meridian Wire|according to|null",
                describe("According to Meridian Wire, the deal covers six new ferries.", 0));
    }

    @Test
    void accordingToAnOutletThatQuotesSomeoneListsBoth() {
        assertEquals("outlet-citation|Meridian Wire; Joaquin Rendal|according to|regional minister",
                describe("According to Meridian Wire, regional minister Joaquin Rendal said the first ferry would "
                        + "enter service in 2027.", 0));
    }

    @Test
    void personWhoToldAnOutletIsTheSpeaker() {
        assertEquals("indirect|Joaquin Rendal|told|null",
                describe("Joaquin Rendal told Meridian Wire on Monday that the first ferry would sail in 2027.", 0));
    }

    @Test
    void reportByAnOutletIsTheOutlet() {
        assertEquals("outlet-citation|The Daily Klaxon|alleged|null", describe("A report published by the Daily "
                + "Klaxon on Monday evening alleged that the shipbuilder had received a €15 million advance.", 0));
        assertEquals("outlet-citation|The Daily Klaxon|put|null", describe("The Daily Klaxon covered the deal. "
                + "The Klaxon's article also put the value of the contract at €520 million.", 1));
    }

    @Test
    void unnamedOutlets() {
        assertEquals("outlet-citation|one website|telling|null", describe("Within hours, one website was telling "
                + "us the deal was worth €520 million.", 0));
        assertEquals("outlet-citation|online report|claiming|null", describe("Some residents shared an online "
                + "report claiming the contract was worth €520 million.", 0));
        assertEquals("outlet-citation|some reports|put|null",
                describe("Some reports on Monday put the value of the deal at €520m.", 0));
    }

    @Test
    void putIsAReportingVerbOnlyForAnOutlet() {
        assertEquals("none", describe("Maria Lopez put the value of the deal at €520m.", 0));
    }
}
