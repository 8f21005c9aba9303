package claimwatch.api.fact;

import static claimwatch.api.fact.TestClaims.article;
import static claimwatch.api.fact.TestClaims.claim;
import static claimwatch.api.fact.TestClaims.copy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FactAnalyzerTest {

    static final ArticleRef WIRE = article("a-wire", "Meridian Wire", "2024-03-11T13:10:00Z");
    static final ArticleRef PAPER = article("a-paper", "El Faro de Valderra", "2024-03-12T08:15:00Z");
    static final ArticleRef DAILY = article("a-daily", "The Mercantile Journal", "2024-03-12T06:00:00Z");
    static final ArticleRef TABLOID = article("a-tabloid", "The Daily Klaxon", "2024-03-11T19:40:00Z");
    static final ArticleRef LOCAL = article("a-local", "The Alba Coast Courier", "2024-03-09T17:20:00Z");
    static final Set<String> KNOWN = Set.of("Meridian Wire", "El Faro de Valderra", "The Mercantile Journal", "The Daily Klaxon",
            "The Alba Coast Courier");

    private final FactAnalyzer analyzer = new FactAnalyzer();

    static StoryAnalysis analyze(StoryClaim... claims) {
        return new FactAnalyzer().analyze("story-1", List.of(claims), KNOWN);
    }

    static Fact only(StoryAnalysis analysis, String slot) {
        List<Fact> facts = facts(analysis, slot);
        assertEquals(1, facts.size(), () -> "facts of " + slot + ": " + facts);
        return facts.get(0);
    }

    static List<Fact> facts(StoryAnalysis analysis, String slot) {
        return analysis.facts().stream().filter(f -> f.slot().equals(slot)).toList();
    }

    static StoryClaim contract(String id, ArticleRef article, double amount, String qualifier) {
        return claim(id).money("money:contract", amount, "EUR", qualifier).in(article);
    }

    @Test
    void equalNumbersFromTwoOutletsAreOneCorroboratedFact() {
        StoryAnalysis analysis = analyze(claim("c1").count("count:seat", 41, "seats", "exact").in(WIRE),
                claim("c2").count("count:seat", 41, "seats", "exact").in(PAPER));
        Fact fact = only(analysis, "count:seat");
        assertEquals("corroborated", fact.status());
        assertEquals(2, fact.outletCount());
        assertEquals(2, fact.independentOutletCount());
        assertEquals(List.of("c1", "c2"), fact.support().stream().map(Support::claimId).toList());
        assertTrue(analysis.conflicts().isEmpty());
    }

    @Test
    void roughlySixHundredAndSixHundredAreOneFact() {
        StoryAnalysis analysis = analyze(claim("c1").count("count:page", 600, "pages", "approximately").in(DAILY),
                claim("c2").count("count:page", 600, "pages", "exact").in(WIRE),
                claim("c3").count("count:page", 612, "pages", "exact").in(PAPER),
                claim("c4").count("count:page", 600, "pages", "more-than").in(LOCAL));
        Fact fact = only(analysis, "count:page");
        assertEquals(4, fact.outletCount());
        assertEquals("corroborated", fact.status());
        assertEquals(600.0, fact.value().amount(), "the figure most outlets wrote");
    }

    @Test
    void marchTwentyTwentyThreeAndTwentyTwentyThreeAreOneFact() {
        StoryAnalysis analysis = analyze(claim("c1").date("date:approve:programme", "2023-03", "event").in(WIRE),
                claim("c2").date("date:approve", "2023", "event").in(PAPER));
        Fact fact = only(analysis, "date:approve");
        assertEquals("2023-03", fact.value().date(), "the finer date represents the fact");
        assertEquals("approval date: March 2023", fact.statement());
        assertEquals(2, fact.independentOutletCount());
    }

    @Test
    void moreThanFourHundredMillionJoinsTheWidelyReportedFigureNotTheOutlier() {
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"), contract("c2", PAPER, 430e6, "exact"),
                contract("c3", TABLOID, 520e6, "exact"), contract("c4", LOCAL, 400e6, "more-than"));
        List<Fact> facts = facts(analysis, "money:contract");
        assertEquals(2, facts.size());
        Fact main = facts.get(0);
        assertEquals(430e6, main.value().amount());
        assertEquals(Set.of("c1", "c2", "c4"), Set.copyOf(main.support().stream().map(Support::claimId).toList()));
        assertEquals("contract value: EUR 430 million", main.statement());
        assertEquals("contract value", main.label());
    }

    @Test
    void incompatibleAmountsAcrossOutletsAreAConflictListingOutletsAndClaims() {
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"), contract("c2", PAPER, 430e6, "exact"),
                contract("c3", TABLOID, 520e6, "exact"));
        assertEquals(1, analysis.conflicts().size());
        Conflict conflict = analysis.conflicts().get(0);
        assertEquals("money:contract", conflict.slot());
        assertEquals("contract value", conflict.label());
        assertEquals(2, conflict.values().size());
        Conflict.Value majority = conflict.values().get(0);
        assertEquals(430e6, majority.value().amount());
        assertEquals(List.of("El Faro de Valderra", "Meridian Wire"), majority.outlets());
        assertEquals(List.of("c1", "c2"), majority.claims());
        assertEquals("exact", majority.qualifier());
        Conflict.Value outlier = conflict.values().get(1);
        assertEquals(List.of("The Daily Klaxon"), outlier.outlets());
        assertEquals(List.of("c3"), outlier.claims());
        analysis.facts().forEach(f -> assertEquals("disputed", f.status()));
        assertEquals(Set.of(majority.factId(), outlier.factId()), Set.copyOf(analysis.facts().stream().map(Fact::id).toList()));
    }

    @Test
    void sixAgainstEightNewFerriesIsAConflictButNineRefitsIsNot() {
        StoryAnalysis analysis = analyze(
                claim("c1").count("count:ferry", 6, "new hybrid-electric ferries", "exact").count("count:vessel", 9, "older vessels", "exact").in(WIRE),
                claim("c2").count("count:newbuild", 6, "newbuilds", "exact").count("count:refit", 9, "refits", "exact").in(PAPER),
                claim("c3").count("count:boat", 8, "new boats", "exact").count("count:vessel", 9, "clapped-out vessels", "exact").in(TABLOID));
        assertEquals(1, analysis.conflicts().size());
        assertEquals("count:vessel:new", analysis.conflicts().get(0).slot());
        Fact refits = only(analysis, "count:vessel:old");
        assertEquals("corroborated", refits.status());
        assertEquals(3, refits.outletCount());
    }

    @Test
    void marchTwentyTwentyThreeAgainstTwentyTwentyTwoIsAConflict() {
        StoryAnalysis analysis = analyze(claim("c1").date("date:approve:programme", "2023-03", "event").in(WIRE),
                claim("c2").date("date:approve:programme", "2023-03", "event").in(PAPER),
                claim("c3").date("date:agree:deal", "2022", "event").in(TABLOID));
        Conflict conflict = analysis.conflicts().get(0);
        assertEquals("date:approve", conflict.slot());
        assertEquals(List.of("2023-03", "2022"), conflict.values().stream().map(v -> v.value().date()).toList());
    }

    @Test
    void differentDaysOfOneMonthConflictButTheMonthAgreesWithBoth() {
        StoryAnalysis analysis = analyze(claim("c1").date("date:sign", "2024-03-11", "event").in(WIRE),
                claim("c2").date("date:sign", "2024-03", "event").in(PAPER),
                claim("c3").date("date:sign", "2024-03-12", "event").in(TABLOID));
        assertEquals(1, analysis.conflicts().size());
        assertEquals(2, analysis.conflicts().get(0).values().size());
    }

    @Test
    void amountsInDifferentCurrenciesNeitherAgreeNorConflict() {
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"),
                claim("c2").money("money:contract", 470e6, "USD", "approximately").in(DAILY));
        assertTrue(analysis.conflicts().isEmpty());
        assertEquals(2, facts(analysis, "money:contract").size());
        facts(analysis, "money:contract").forEach(f -> assertEquals("single-source", f.status()));
    }

    @Test
    void differentQuantitiesSharingAKeyAreNoConflict() {
        StoryAnalysis analysis = analyze(claim("c1").count("count:passenger", 600, "passengers", "up-to").in(WIRE),
                claim("c2").count("count:passenger", 4.5e6, "passengers", "approximately").in(PAPER));
        assertTrue(analysis.conflicts().isEmpty());
        assertEquals(2, facts(analysis, "count:passenger").size());
    }

    @Test
    void upToSixHundredPassengersAgreesWithSixHundred() {
        StoryAnalysis analysis = analyze(claim("c1").count("count:passenger", 600, "passengers", "up-to").in(WIRE),
                claim("c2").count("count:passenger", 600, "passengers", "exact").in(PAPER));
        assertEquals(2, only(analysis, "count:passenger").outletCount());
    }

    @Test
    void theSameOutletCountsOnce() {
        ArticleRef wireFollowUp = article("a-wire-2", "Meridian Wire", "2024-03-15T10:32:00Z");
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"), contract("c2", wireFollowUp, 430e6, "exact"),
                contract("c3", WIRE, 430e6, "exact"));
        Fact fact = only(analysis, "money:contract");
        assertEquals(1, fact.outletCount());
        assertEquals(1, fact.independentOutletCount());
        assertEquals("single-source", fact.status());
        assertEquals(3, fact.support().size());
    }

    @Test
    void aSyndicatedCopyIsNotIndependentSupport() {
        ArticleRef herald = copy("a-herald", "Northgate Herald", "2024-03-11T15:05:00Z", WIRE.id());
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"), contract("c2", herald, 430e6, "exact"));
        Fact fact = only(analysis, "money:contract");
        assertEquals(2, fact.outletCount());
        assertEquals(1, fact.independentOutletCount());
        assertEquals("single-source", fact.status());
        Support copied = fact.support().stream().filter(s -> s.claimId().equals("c2")).findFirst().orElseThrow();
        assertEquals(WIRE.id(), copied.syndicatedFrom());
        assertEquals(List.of(), copied.citationChain());
    }

    @Test
    void aCopyOfAnArticleOutsideTheStoryCountsForItsOriginalOnce() {
        ArticleRef herald = copy("a-herald", "Northgate Herald", "2024-03-11T15:05:00Z", "not-in-story");
        ArticleRef gazette = copy("a-gazette", "Isla Corva Gazette", "2024-03-11T16:05:00Z", "not-in-story");
        StoryAnalysis analysis = analyze(contract("c1", herald, 430e6, "exact"), contract("c2", gazette, 430e6, "exact"));
        assertEquals(1, only(analysis, "money:contract").independentOutletCount());
        StoryAnalysis withOwnReport = analyze(contract("c1", herald, 430e6, "exact"), contract("c3", PAPER, 430e6, "exact"));
        assertEquals("corroborated", only(withOwnReport, "money:contract").status());
    }

    @Test
    void negatedAndConditionalClaimsSupportNothingHedgedOnesDo() {
        StoryAnalysis analysis = analyze(claim("c1").money("money:payment", 15e6, "EUR", "exact").modality("hedged").in(TABLOID),
                claim("c2").money("money:payment", 15e6, "EUR", "exact").modality("negated").in(LOCAL),
                claim("c3").money("money:payment", 15e6, "EUR", "exact").modality("conditional").in(WIRE));
        Fact fact = only(analysis, "money:payment");
        assertEquals(List.of("c1"), fact.support().stream().map(Support::claimId).toList());
        assertEquals("hedged", fact.support().get(0).modality());
        assertEquals("single-source", fact.status());
    }

    @Test
    void aNegatedValueCannotStartAConflict() {
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"),
                claim("c2").money("money:contract", 520e6, "EUR", "exact").modality("negated").in(LOCAL));
        assertTrue(analysis.conflicts().isEmpty());
        assertEquals(1, analysis.facts().size());
    }

    @Test
    void aClaimReportingAnotherOutletsFigureCountsForThatOutletNotForTheCitingOne() {
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"), contract("c2", LOCAL, 430e6, "exact"),
                contract("c3", TABLOID, 520e6, "exact"),
                claim("c4").text("The Klaxon's article also put the value of the contract at €520 million.")
                        .money("money:contract", 520e6, "EUR", "exact").by("outlet-citation", "Daily Klaxon").in(LOCAL));
        Fact outlier = facts(analysis, "money:contract").stream().filter(f -> f.value().amount() == 520e6).findFirst().orElseThrow();
        assertEquals(1, outlier.outletCount());
        assertEquals(1, outlier.independentOutletCount());
        assertEquals(List.of("c4", "c3"), outlier.support().stream().map(Support::claimId).toList(), "by published time");
        Support citing = outlier.support().get(0);
        assertEquals(List.of("The Alba Coast Courier", "The Daily Klaxon"), citing.citationChain());
        assertEquals("The Daily Klaxon", outlier.firstReportedBy().outlet());
        assertEquals(List.of("The Daily Klaxon"), analysis.conflicts().get(0).values().get(1).outlets());
    }

    @Test
    void aCitedOutletWithoutItsOwnArticleStillCountsAsTheSource() {
        StoryAnalysis analysis = analyze(claim("c1").text("According to Meridian Wire, the deal covers six new ferries.")
                .count("count:ferry", 6, "new ferries", "exact").by("outlet-citation", "Meridian Wire").in(PAPER));
        Fact fact = only(analysis, "count:vessel:new");
        assertEquals(1, fact.outletCount());
        assertEquals("El Faro de Valderra", fact.firstReportedBy().outlet());
        assertEquals(List.of("El Faro de Valderra", "Meridian Wire"), fact.firstReportedBy().citationChain());
    }

    @Test
    void anOutletNamedOnlyInTheTextIsACitationToo() {
        StoryAnalysis analysis = analyze(claim("c1").date("date:enter", "2027", "event").in(WIRE),
                claim("c2").text("Rendal told Meridian Wire on Monday that the first ferry would enter service in 2027.")
                        .date("date:enter", "2027", "event").by("indirect", "Joaquin Rendal").in(DAILY));
        Fact fact = only(analysis, "date:enter");
        assertEquals(List.of("Meridian Wire"), List.copyOf(Set.copyOf(List.of(fact.firstReportedBy().outlet()))));
        assertEquals(1, fact.independentOutletCount());
        Support daily = fact.support().stream().filter(s -> s.claimId().equals("c2")).findFirst().orElseThrow();
        assertEquals(List.of("The Mercantile Journal", "Meridian Wire"), daily.citationChain());
    }

    @Test
    void anOutletsOwnNameInItsDatelineIsNoCitation() {
        StoryAnalysis analysis = analyze(claim("c1").text("PUERTO ALBA, Valderra (Meridian Wire) — The region signed a €430 million contract.")
                .money("money:contract", 430e6, "EUR", "exact").in(WIRE));
        assertEquals(List.of(), only(analysis, "money:contract").support().get(0).citationChain());
    }

    @Test
    void aFigureFromAnUnnamedSourceJoinsAFactButMakesNone() {
        StoryAnalysis withSource = analyze(contract("c1", TABLOID, 520e6, "exact"),
                claim("c2").text("Some reports put the value of the deal at €520m.").money("money:deal", 520e6, "EUR", "exact")
                        .by("outlet-citation", "some reports").in(DAILY));
        Fact fact = only(withSource, "money:contract");
        assertEquals(2, fact.support().size());
        assertEquals(1, fact.outletCount());
        assertEquals(List.of("The Daily Klaxon"), List.of(fact.firstReportedBy().outlet()));
        StoryAnalysis alone = analyze(claim("c2").money("money:deal", 520e6, "EUR", "exact").by("outlet-citation", "some reports").in(DAILY));
        assertTrue(alone.facts().isEmpty());
    }

    @Test
    void anUnnamedSourcesFigureCannotStartAConflict() {
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"), contract("c2", PAPER, 430e6, "exact"),
                claim("c3").money("money:contract", 520e6, "EUR", "exact").by("outlet-citation", "an online report").in(LOCAL));
        assertTrue(analysis.conflicts().isEmpty());
    }

    @Test
    void theCitationChainFollowsTheCitedOutletsOwnClaims() {
        ArticleRef observer = article("a-observer", "Eurotransport Observer", "2024-03-13T23:00:00Z");
        StoryAnalysis analysis = analyze(claim("c1").text("The first new ferry will enter service in 2027, Rendal said in an interview with Meridian Wire.")
                        .date("date:enter", "2027", "event").in(WIRE),
                claim("c2").text("Rendal told Meridian Wire on Monday that the first of the new ferries would enter service in 2027.")
                        .date("date:enter", "2027", "event").in(DAILY),
                claim("c3").text("The Mercantile Journal reports that the first of the new ferries is due to enter service only in 2027.")
                        .date("date:enter", "2027", "event").by("outlet-citation", "The Mercantile Journal").in(observer));
        Fact fact = only(analysis, "date:enter");
        Support observed = fact.support().stream().filter(s -> s.claimId().equals("c3")).findFirst().orElseThrow();
        assertEquals(List.of("Eurotransport Observer", "The Mercantile Journal", "Meridian Wire"), observed.citationChain());
        assertEquals("Meridian Wire", fact.firstReportedBy().outlet());
        assertEquals(List.of(), fact.firstReportedBy().citationChain());
        assertEquals(1, fact.independentOutletCount(), "everyone relies on the wire");
    }

    @Test
    void aChainNamedInOneClaimIsFollowedInItsOrder() {
        ArticleRef observer = article("a-observer", "Eurotransport Observer", "2024-03-13T23:00:00Z");
        StoryAnalysis analysis = analyze(claim("c3").text("The Mercantile Journal reports, citing Meridian Wire, that the first ferry enters service in 2027.")
                .date("date:enter", "2027", "event").by("outlet-citation", "The Mercantile Journal", "Meridian Wire").in(observer));
        assertEquals(List.of("Eurotransport Observer", "The Mercantile Journal", "Meridian Wire"),
                only(analysis, "date:enter").support().get(0).citationChain());
    }

    @Test
    void mutualCitationsDoNotLoop() {
        StoryAnalysis analysis = analyze(
                claim("c1").text("According to El Faro de Valderra, the vote is on 18 April.").date("date:vote", "2024-04-18", "event").in(WIRE),
                claim("c2").text("According to Meridian Wire, the vote is on 18 April.").date("date:vote", "2024-04-18", "event").in(PAPER),
                claim("c3").text("According to Meridian Wire, the vote is on 18 April.").date("date:vote", "2024-04-18", "event").in(DAILY));
        Fact fact = only(analysis, "date:vote");
        Support daily = fact.support().stream().filter(s -> s.claimId().equals("c3")).findFirst().orElseThrow();
        assertEquals(List.of("The Mercantile Journal", "Meridian Wire", "El Faro de Valderra"), daily.citationChain());
        Support wire = fact.support().stream().filter(s -> s.claimId().equals("c1")).findFirst().orElseThrow();
        assertEquals(List.of("Meridian Wire", "El Faro de Valderra"), wire.citationChain());
    }

    @Test
    void outletNamesMatchLoosely() {
        StoryAnalysis analysis = analyze(contract("c1", TABLOID, 520e6, "exact"),
                claim("c2").text("A report published by the daily klaxon put it at 520 million.").money("money:contract", 520e6, "EUR", "exact")
                        .in(LOCAL));
        Support citing = only(analysis, "money:contract").support().stream().filter(s -> s.claimId().equals("c2")).findFirst().orElseThrow();
        assertEquals(List.of("The Alba Coast Courier", "The Daily Klaxon"), citing.citationChain());
    }

    @Test
    void firstReportedIsTheEarliestOwnReportTiesByArticleId() {
        ArticleRef early = article("b-early", "El Faro de Valderra", "2024-03-11T13:10:00Z");
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"), contract("c2", early, 430e6, "exact"),
                contract("c3", DAILY, 430e6, "exact"));
        FirstReport first = only(analysis, "money:contract").firstReportedBy();
        assertEquals("a-wire", first.articleId());
        assertEquals(WIRE.reportedAt(), first.publishedAt());
    }

    @Test
    void anArticleWithoutTimeIsNeverFirst() {
        ArticleRef undated = article("a-0", "Harbourside Voice", null);
        StoryAnalysis analysis = analyze(contract("c1", undated, 430e6, "exact"), contract("c2", DAILY, 430e6, "exact"));
        Fact fact = only(analysis, "money:contract");
        assertEquals("The Mercantile Journal", fact.firstReportedBy().outlet());
        assertEquals("c1", fact.support().get(1).claimId(), "undated support last");
    }

    @Test
    void aCitingClaimIsFirstOnlyWhenNoOutletReportsTheFigureItself() {
        ArticleRef earlyCiting = article("a-early", "El Faro de Valderra", "2024-03-01T00:00:00Z");
        StoryAnalysis analysis = analyze(contract("c1", TABLOID, 520e6, "exact"),
                claim("c2").money("money:contract", 520e6, "EUR", "exact").by("outlet-citation", "The Daily Klaxon").in(earlyCiting));
        assertEquals("The Daily Klaxon", only(analysis, "money:contract").firstReportedBy().outlet());
    }

    @Test
    void anAmbiguousClaimSupportsTheFactOthersEstablishAndStartsNoConflict() {
        StoryAnalysis analysis = analyze(claim("c1").date("date:enter", "2027", "event").in(WIRE),
                claim("c2").date("date:enter", "2027", "event").in(PAPER),
                claim("c3").date("date:enter", "2024-03-11", "event").date("date:enter", "2027", "event").in(DAILY));
        assertTrue(analysis.conflicts().isEmpty());
        Fact fact = only(analysis, "date:enter");
        assertEquals(3, fact.outletCount());
        assertTrue(fact.support().stream().anyMatch(s -> s.claimId().equals("c3")));
    }

    @Test
    void theOtherValuesOfAnAmbiguousClaimAreDroppedOnceOneFindsItsFact() {
        StoryAnalysis analysis = analyze(claim("c1").count("count:vessel", 9, "older vessels", "exact").in(WIRE),
                claim("c2").count("count:vessel", 9, "vessels", "exact").count("count:vessel", 2, "vessels", "exact").in(PAPER));
        assertEquals(2, only(analysis, "count:vessel:old").outletCount());
        assertTrue(facts(analysis, "count:vessel").isEmpty());
    }

    @Test
    void anAmbiguousClaimMatchingNothingKeepsItsValuesAsWeakFacts() {
        StoryAnalysis analysis = analyze(claim("c1").date("date:enter", "2027", "event").date("date:enter", "2028", "event").in(WIRE),
                claim("c2").date("date:enter", "2029", "event").in(PAPER));
        assertTrue(analysis.conflicts().isEmpty(), "only one strong value: 2029");
        assertEquals(3, facts(analysis, "date:enter").size());
    }

    @Test
    void twoCompatibleValuesInOneClaimCountOnce() {
        StoryAnalysis analysis = analyze(claim("c1").count("count:page", 600, "pages", "exact").count("count:page", 612, "pages", "exact").in(WIRE));
        assertEquals(1, only(analysis, "count:page").support().size());
    }

    @Test
    void aGenericAmountJoinsTheMatchingFactAndConflictsWithNothing() {
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"),
                claim("c2").money("money:value", 430e6, "EUR", "exact").in(PAPER),
                claim("c3").money("money:value", 56e6, "EUR", "approximately").in(DAILY));
        Fact contract = only(analysis, "money:contract");
        assertEquals("corroborated", contract.status());
        assertTrue(analysis.conflicts().isEmpty());
        assertEquals(1, facts(analysis, "money:value").size());
    }

    @Test
    void aVesselCountWithoutModifierJoinsTheMatchingKindAndConflictsWithNothing() {
        StoryAnalysis analysis = analyze(claim("c1").count("count:ferry", 6, "new ferries", "exact").count("count:vessel", 9, "older vessels", "exact").in(WIRE),
                claim("c2").count("count:vessel", 9, "vessels", "exact").in(PAPER),
                claim("c3").count("count:vessel", 2, "vessels", "exact").in(PAPER));
        assertEquals(2, only(analysis, "count:vessel:old").outletCount());
        assertEquals(1, only(analysis, "count:vessel:new").outletCount());
        assertEquals(1, facts(analysis, "count:vessel").size());
        assertTrue(analysis.conflicts().isEmpty());
    }

    @Test
    void aDateOfAGenericEventWithoutObjectMakesNoFact() {
        StoryAnalysis analysis = analyze(claim("c1").date("date:publish", "2024-03-11", "event").in(LOCAL));
        assertTrue(analysis.facts().isEmpty());
    }

    @Test
    void aPublicationDateInACitingClaimIsNoValue() {
        StoryAnalysis analysis = analyze(claim("c1").date("date:publish:report", "2024-03-05", "event").in(WIRE),
                claim("c2").text("A report published by the Daily Klaxon on Monday evening alleged an advance.")
                        .date("date:publish:report", "2024-03-11", "event").by("outlet-citation", "The Daily Klaxon").in(LOCAL));
        assertTrue(analysis.conflicts().isEmpty());
        assertEquals(1, only(analysis, "date:publish:report").support().size());
    }

    @Test
    void deadlinesDoNotContradictEvents() {
        StoryAnalysis analysis = analyze(claim("c1").date("date:enter", "2027", "event").date("date:enter", "2030", "deadline").in(WIRE),
                claim("c2").date("date:arrive", "2027", "event").date("date:arrive", "2030", "deadline").in(PAPER));
        assertTrue(analysis.conflicts().isEmpty());
        assertEquals("entry into service (deadline): by 2030", only(analysis, "date:enter/by").statement());
    }

    @Test
    void factIdsAreTheFirstTwentyFourHexDigitsOfTheHashOfStorySlotAndValue() {
        StoryAnalysis analysis = analyze(contract("c1", WIRE, 430e6, "exact"));
        Fact fact = analysis.facts().get(0);
        assertEquals(FactIds.of("story-1", "money:contract", "money EUR 430000000"), fact.id());
        assertTrue(fact.id().matches("[0-9a-f]{24}"));
    }

    @Test
    void idsAreStableAcrossSupportAndWordingButDifferPerStory() {
        String alone = analyze(contract("c1", WIRE, 430e6, "exact")).facts().get(0).id();
        String withMore = analyze(contract("c1", WIRE, 430e6, "exact"), contract("c2", PAPER, 430e6, "approximately"))
                .facts().get(0).id();
        assertEquals(alone, withMore);
        String otherStory = analyzer.analyze("story-2", List.of(contract("c1", WIRE, 430e6, "exact")), KNOWN).facts().get(0).id();
        assertNotEquals(alone, otherStory);
    }

    @Test
    void conflictIdsDependOnStoryAndSlotOnly() {
        StoryAnalysis two = analyze(contract("c1", WIRE, 430e6, "exact"), contract("c3", TABLOID, 520e6, "exact"));
        StoryAnalysis three = analyze(contract("c1", WIRE, 430e6, "exact"), contract("c3", TABLOID, 520e6, "exact"),
                contract("c4", LOCAL, 600e6, "exact"));
        assertEquals(FactIds.of("story-1", "money:contract"), two.conflicts().get(0).id());
        assertEquals(two.conflicts().get(0).id(), three.conflicts().get(0).id());
        assertEquals(3, three.conflicts().get(0).values().size());
    }

    @Test
    void theSameClaimsInAnyOrderGiveTheSameAnalysis() {
        List<StoryClaim> claims = new ArrayList<>(List.of(contract("c1", WIRE, 430e6, "exact"), contract("c2", PAPER, 430e6, "exact"),
                contract("c3", TABLOID, 520e6, "exact"), contract("c4", LOCAL, 400e6, "more-than"),
                claim("c5").count("count:ferry", 6, "new ferries", "exact").in(WIRE), claim("c6").count("count:boat", 8, "new boats", "exact").in(TABLOID),
                claim("c7").count("count:page", 600, "pages", "approximately").in(DAILY), claim("c8").count("count:page", 612, "pages", "exact").in(PAPER),
                claim("c9").date("date:enter", "2027", "event").by("outlet-citation", "Meridian Wire").in(PAPER),
                claim("c10").date("date:enter", "2027", "event").in(WIRE)));
        StoryAnalysis expected = analyzer.analyze("story-1", claims, KNOWN);
        Random random = new Random(5150);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(claims, random);
            assertEquals(expected, analyzer.analyze("story-1", claims, KNOWN));
        }
    }

    @Test
    void factsAreOrderedByOutletCountThenSlotAndConflictsByOutlets() {
        StoryAnalysis analysis = analyze(claim("c1").count("count:seat", 3, "seats", "exact").in(WIRE),
                contract("c2", WIRE, 430e6, "exact"), contract("c3", PAPER, 430e6, "exact"), contract("c4", DAILY, 430e6, "exact"),
                claim("c5").count("count:bid", 2, "bids", "exact").in(WIRE), claim("c6").count("count:bid", 2, "bids", "exact").in(PAPER),
                claim("c7").count("count:bid", 5, "bids", "exact").in(TABLOID),
                claim("c8").count("count:ferry", 6, "new ferries", "exact").in(WIRE), claim("c9").count("count:ferry", 8, "new ferries", "exact").in(LOCAL));
        assertEquals(List.of("money:contract", "count:bid", "count:bid", "count:seat", "count:vessel:new", "count:vessel:new"),
                analysis.facts().stream().map(Fact::slot).toList());
        assertEquals(List.of("count:bid", "count:vessel:new"), analysis.conflicts().stream().map(Conflict::slot).toList());
    }

    @Test
    void aValueReportedByOnlyOneOutletTwiceIsNoConflictWithItself() {
        StoryAnalysis analysis = analyze(contract("c1", TABLOID, 430e6, "exact"), contract("c2", TABLOID, 520e6, "exact"));
        assertTrue(analysis.conflicts().isEmpty());
    }

    @Test
    void anEmptyStoryHasNothing() {
        StoryAnalysis analysis = analyzer.analyze("story-1", List.of(), Set.of());
        assertTrue(analysis.facts().isEmpty());
        assertTrue(analysis.conflicts().isEmpty());
    }

    @Test
    void claimsWithoutFacetsAreIgnored() {
        StoryClaim bare = new StoryClaim(WIRE, new claimwatch.api.claim.ArticleClaimsMessage.Claim("c1", "Text.", null, 0, null, null, null,
                null, null, null, null, null, null));
        assertTrue(analyzer.analyze("story-1", List.of(bare), null).facts().isEmpty());
    }

    @Test
    void slotsPointingOutsideTheirFacetAreSkipped() {
        StoryClaim broken = new StoryClaim(WIRE, new claimwatch.api.claim.ArticleClaimsMessage.Claim("c1", "Text.", null, 0, "money", List.of(),
                List.of(), List.of(), List.of(), null, null, null,
                List.of(new claimwatch.api.claim.ArticleClaimsMessage.Slot("money:contract", "money", 3))));
        assertTrue(analyzer.analyze("story-1", List.of(broken), KNOWN).facts().isEmpty());
    }

    @Test
    void displaysReadLikeAPersonWouldWriteThem() {
        StoryAnalysis analysis = analyze(claim("c1").money("money:funding", 120e6, "EUR", "approximately").in(WIRE),
                claim("c2").money("money:order", 2.5e9, "GBP", "approximately").in(WIRE),
                claim("c3").quantity("percent:fuel", 40, null, "percent", null, "approximately").in(WIRE),
                claim("c4").quantity("measure:years", 5, 7.0, "years", null, "range").in(WIRE),
                claim("c5").count("count:job", 300, "jobs", "at-least").in(WIRE),
                claim("c6").date("date:sign", "2024-03-11", "event").in(WIRE));
        assertEquals("funding: about EUR 120 million", only(analysis, "money:funding").statement());
        assertEquals("order book: about GBP 2.5 billion", only(analysis, "money:order").statement());
        assertEquals("fuel (%): about 40%", only(analysis, "percent:fuel").statement());
        assertEquals("5 to 7 years", only(analysis, "measure:years").value().display());
        assertEquals("number of jobs: at least 300", only(analysis, "count:job").statement());
        assertEquals("signing date: 11 March 2024", only(analysis, "date:sign").statement());
    }
}
