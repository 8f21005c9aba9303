package claimwatch.api.fact;

import static claimwatch.api.fact.FactAnalyzerTest.DAILY;
import static claimwatch.api.fact.FactAnalyzerTest.LOCAL;
import static claimwatch.api.fact.FactAnalyzerTest.PAPER;
import static claimwatch.api.fact.FactAnalyzerTest.TABLOID;
import static claimwatch.api.fact.FactAnalyzerTest.WIRE;
import static claimwatch.api.fact.FactAnalyzerTest.analyze;
import static claimwatch.api.fact.TestClaims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConflictDetectorTest {

    @Test
    void everyValueInvolvedIsListedMostOutletsFirst() {
        StoryAnalysis analysis = analyze(claim("c1").count("count:bid", 2, "bids", "exact").in(WIRE),
                claim("c2").count("count:bid", 2, "bids", "exact").in(PAPER), claim("c3").count("count:bid", 3, "bids", "exact").in(TABLOID),
                claim("c4").count("count:bid", 4, "bids", "exact").in(LOCAL), claim("c5").count("count:bid", 4, "bids", "exact").in(DAILY),
                claim("c6").count("count:bid", 4, "bids", "exact").in(WIRE));
        Conflict conflict = analysis.conflicts().get(0);
        assertEquals(List.of(4.0, 2.0, 3.0), conflict.values().stream().map(v -> v.value().amount()).toList());
        assertEquals(List.of("The Alba Coast Courier", "The Mercantile Journal", "Meridian Wire"), conflict.values().get(0).outlets());
        assertEquals("number of bids", conflict.label());
    }

    @Test
    void aValueCompatibleWithAllOthersStaysOutOfTheConflict() {
        StoryAnalysis analysis = analyze(claim("c1").money("money:contract", 430e6, "EUR", "exact").in(WIRE),
                claim("c2").money("money:contract", 520e6, "EUR", "exact").in(TABLOID),
                claim("c3").money("money:contract", 2e9, "EUR", "exact").in(LOCAL));
        assertEquals(2, analysis.conflicts().get(0).values().size(), "two billion is no rival of either: a different quantity");
        assertEquals(3, analysis.facts().size());
        assertEquals("single-source", analysis.facts().stream().filter(f -> f.value().amount() == 2e9).findFirst().orElseThrow().status());
    }

    @Test
    void weakFactsNeverConflict() {
        StoryAnalysis analysis = analyze(claim("c1").money("money:value", 56e6, "EUR", "exact").in(WIRE),
                claim("c2").money("money:value", 70e6, "EUR", "exact").in(PAPER),
                claim("c3").quantity("measure:years", 5, 7.0, "years", null, "range").in(WIRE),
                claim("c4").quantity("measure:years", 10, null, "years", null, "exact").in(PAPER));
        assertTrue(analysis.conflicts().isEmpty());
        assertEquals(4, analysis.facts().size());
    }

    @Test
    void conflictsAreOrderedByHowManyOutletsTheyInvolve() {
        StoryAnalysis analysis = analyze(claim("c1").count("count:seat", 3, "seats", "exact").in(WIRE),
                claim("c2").count("count:seat", 4, "seats", "exact").in(PAPER),
                claim("c3").date("date:vote", "2024-04-18", "event").in(WIRE), claim("c4").date("date:vote", "2024-04-18", "event").in(LOCAL),
                claim("c5").date("date:vote", "2024-04-25", "event").in(DAILY));
        assertEquals(List.of("date:vote", "count:seat"), analysis.conflicts().stream().map(Conflict::slot).toList());
    }

    @Test
    void aConflictsClaimsIncludeThoseReportingAnotherOutletsFigure() {
        StoryAnalysis analysis = analyze(claim("c1").money("money:contract", 430e6, "EUR", "exact").in(WIRE),
                claim("c2").money("money:contract", 520e6, "EUR", "exact").in(TABLOID),
                claim("c3").money("money:contract", 520e6, "EUR", "exact").by("outlet-citation", "The Daily Klaxon").in(LOCAL));
        Conflict.Value outlier = analysis.conflicts().get(0).values().get(1);
        assertEquals(List.of("The Daily Klaxon"), outlier.outlets());
        assertEquals(List.of("c3", "c2"), outlier.claims(), "by published time");
    }
}
