package claimwatch.api.fact;

import static claimwatch.api.fact.FactAnalyzerTest.DAILY;
import static claimwatch.api.fact.FactAnalyzerTest.KNOWN;
import static claimwatch.api.fact.FactAnalyzerTest.LOCAL;
import static claimwatch.api.fact.FactAnalyzerTest.WIRE;
import static claimwatch.api.fact.TestClaims.claim;
import static claimwatch.api.fact.TestClaims.copy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimObservationsTest {

    private final ClaimObservations reader = new ClaimObservations(new OutletNames(KNOWN));

    @Test
    void eachSlotGivesOneObservationWithItsNormalisedSlotAndRange() {
        List<Observation> observations = reader.of(claim("c1").money("money:deal", 430e6, "EUR", "exact")
                .count("count:ferry", 6, "new ferries", "exact").date("date:sign:contract", "2024-03-11", "event").in(WIRE));
        assertEquals(List.of("money:contract", "count:vessel:new", "date:sign"), observations.stream().map(o -> o.slot().slot()).toList());
        assertEquals(430e6, observations.get(0).range().point());
        assertFalse(observations.get(0).citing());
        assertEquals("EUR 430 million", observations.get(0).value().display());
        assertEquals(new Observation.Key("money", "EUR", 430e6, null, null), observations.get(0).key());
    }

    @Test
    void negatedAndConditionalClaimsGiveNothing() {
        assertTrue(reader.of(claim("c1").money("money:deal", 430e6, "EUR", "exact").modality("negated").in(WIRE)).isEmpty());
        assertTrue(reader.of(claim("c1").money("money:deal", 430e6, "EUR", "exact").modality("conditional").in(WIRE)).isEmpty());
        assertEquals(1, reader.of(claim("c1").money("money:deal", 430e6, "EUR", "exact").modality("hedged").in(WIRE)).size());
    }

    @Test
    void aSpeakerNamingAKnownOutletMakesAClaimCiting() {
        Observation observation = reader.of(claim("c1").count("count:ferry", 6, "new ferries", "exact")
                .by("according-to", "Meridian Wire", "Joaquin Rendal").in(DAILY)).get(0);
        assertTrue(observation.citing());
        assertEquals(List.of("Meridian Wire"), observation.cited());
        assertEquals("Meridian Wire", observation.creditedOutlet());
        assertFalse(observation.slot().weak());
    }

    @Test
    void anOutletCitationOfNoKnownOutletIsWeak() {
        Observation observation = reader.of(claim("c1").money("money:contract", 520e6, "EUR", "exact")
                .by("outlet-citation", "one website").in(DAILY)).get(0);
        assertTrue(observation.citing());
        assertTrue(observation.cited().isEmpty());
        assertTrue(observation.slot().weak());
        assertEquals(null, observation.creditedOutlet());
    }

    @Test
    void theOutletsOwnNameIsNoCitation() {
        Observation observation = reader.of(claim("c1").text("Rendal said in an interview with Meridian Wire.")
                .date("date:enter", "2027", "event").by("indirect", "Meridian Wire").in(WIRE)).get(0);
        assertFalse(observation.citing());
        assertEquals("Meridian Wire", observation.creditedOutlet());
    }

    @Test
    void aSyndicatedCopyCitesNobody() {
        ArticleRef herald = copy("a-herald", "Northgate Herald", "2024-03-11T15:05:00Z", WIRE.id());
        Observation observation = reader.of(claim("c1").text("PUERTO ALBA, Valderra (Meridian Wire) — a €430 million contract.")
                .money("money:contract", 430e6, "EUR", "exact").in(herald)).get(0);
        assertFalse(observation.citing());
        assertEquals(WIRE.id(), observation.syndicatedFrom());
    }

    @Test
    void citedOutletsAreOrderedAsTheTextNamesThem() {
        Observation observation = reader.of(claim("c1").text("The Mercantile Journal reports, citing Meridian Wire, that service starts in 2027.")
                .date("date:enter", "2027", "event").by("outlet-citation", "Meridian Wire", "The Mercantile Journal").in(LOCAL)).get(0);
        assertEquals(List.of("The Mercantile Journal", "Meridian Wire"), observation.cited());
        assertEquals("Meridian Wire", observation.creditedOutlet());
    }

    @Test
    void disagreeingValuesOfOneSlotInOneClaimAreAmbiguous() {
        List<Observation> observations = reader.of(claim("c1").date("date:enter", "2024-03-11", "event").date("date:enter", "2027", "event").in(DAILY));
        assertEquals(2, observations.size());
        observations.forEach(o -> {
            assertTrue(o.ambiguous());
            assertTrue(o.slot().weak());
            assertTrue(o.slot().mayJoin("date:enter"));
        });
    }

    @Test
    void agreeingValuesOfOneSlotInOneClaimKeepTheNarrowest() {
        List<Observation> observations = reader.of(claim("c1").count("count:page", 600, "pages", "approximately")
                .count("count:page", 612, "pages", "exact").in(DAILY));
        assertEquals(1, observations.size());
        assertEquals(612, observations.get(0).range().point());
        assertFalse(observations.get(0).ambiguous());
    }

    @Test
    void unusableFacetsAreSkipped() {
        assertTrue(reader.of(claim("c1").date("date:sign", null, "event").in(WIRE)).isEmpty(), "an unresolved date");
        assertTrue(reader.of(claim("c1").money("money:deal", 430e6, null, "exact").in(WIRE)).isEmpty(), "an amount without currency");
    }
}
