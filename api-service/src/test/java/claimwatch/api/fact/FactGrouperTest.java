package claimwatch.api.fact;

import static claimwatch.api.fact.FactAnalyzerTest.DAILY;
import static claimwatch.api.fact.FactAnalyzerTest.KNOWN;
import static claimwatch.api.fact.FactAnalyzerTest.LOCAL;
import static claimwatch.api.fact.FactAnalyzerTest.PAPER;
import static claimwatch.api.fact.FactAnalyzerTest.TABLOID;
import static claimwatch.api.fact.FactAnalyzerTest.WIRE;
import static claimwatch.api.fact.TestClaims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FactGrouperTest {

    private final ClaimObservations reader = new ClaimObservations(new OutletNames(KNOWN));

    private List<FactGroup> group(StoryClaim... claims) {
        List<Observation> observations = new ArrayList<>();
        for (StoryClaim claim : claims) {
            observations.addAll(reader.of(claim));
        }
        return new FactGrouper().group(observations);
    }

    private static List<String> claimIds(FactGroup group) {
        return group.members.stream().map(Observation::claimId).toList();
    }

    @Test
    void aGroupsCoreIsWhatAllItsValuesAllow() {
        List<FactGroup> groups = group(claim("c1").count("count:page", 600, "pages", "exact").in(WIRE),
                claim("c2").count("count:page", 612, "pages", "exact").in(PAPER),
                claim("c3").count("count:page", 600, "pages", "approximately").in(DAILY));
        assertEquals(1, groups.size());
        assertEquals(611.5, groups.get(0).core.low(), 1e-6);
        assertEquals(612.5, groups.get(0).core.high(), 1e-6);
        assertEquals("c2", groups.get(0).anchor.claimId(), "the narrowest value anchors the group");
    }

    @Test
    void anOpenValueJoinsTheGroupWithMoreSources() {
        List<FactGroup> groups = group(claim("c1").money("money:contract", 520e6, "EUR", "exact").in(TABLOID),
                claim("c2").money("money:contract", 430e6, "EUR", "exact").in(WIRE),
                claim("c3").money("money:contract", 430e6, "EUR", "exact").in(PAPER),
                claim("c4").money("money:contract", 400e6, "EUR", "more-than").in(LOCAL));
        FactGroup main = groups.stream().filter(g -> g.anchor.range().point() == 430e6).findFirst().orElseThrow();
        assertEquals(List.of("c2", "c3", "c4"), claimIds(main));
    }

    @Test
    void onEqualSourcesAnOpenValueJoinsTheNearerGroup() {
        List<FactGroup> groups = group(claim("c1").money("money:contract", 520e6, "EUR", "exact").in(TABLOID),
                claim("c2").money("money:contract", 430e6, "EUR", "exact").in(WIRE),
                claim("c4").money("money:contract", 500e6, "EUR", "more-than").in(LOCAL));
        FactGroup outlier = groups.stream().filter(g -> g.anchor.range().point() == 520e6).findFirst().orElseThrow();
        assertEquals(List.of("c1", "c4"), claimIds(outlier));
    }

    @Test
    void weakValuesJoinWithoutNarrowing() {
        List<FactGroup> groups = group(claim("c1").money("money:contract", 430e6, "EUR", "approximately").in(WIRE),
                claim("c2").money("money:value", 450e6, "EUR", "exact").in(PAPER),
                claim("c3").money("money:value", 400e6, "EUR", "exact").in(DAILY));
        FactGroup group = groups.get(0);
        assertTrue(claimIds(group).contains("c2"));
        assertTrue(claimIds(group).contains("c3"), "the weak 450 did not narrow the core away from 400");
        assertTrue(group.strong);
    }

    @Test
    void unmatchedWeakValuesFormWeakGroups() {
        List<FactGroup> groups = group(claim("c1").money("money:value", 56e6, "EUR", "approximately").in(WIRE),
                claim("c2").money("money:value", 56e6, "EUR", "exact").in(PAPER));
        assertEquals(1, groups.size());
        assertFalse(groups.get(0).strong);
        assertEquals(2, groups.get(0).sources.size());
    }

    @Test
    void joinOnlyValuesThatFindNothingAreDropped() {
        assertTrue(group(claim("c1").date("date:publish", "2024-03-11", "event").in(LOCAL)).isEmpty());
        List<FactGroup> joined = group(claim("c1").date("date:publish", "2024-03", "event").in(LOCAL),
                claim("c2").date("date:publish:report", "2024-03-05", "event").in(WIRE));
        assertEquals(List.of("c2", "c1"), claimIds(joined.get(0)));
    }

    @Test
    void weakValuesOnlyJoinInsideTheirScope() {
        List<FactGroup> groups = group(claim("c1").count("count:vessel", 9, "vessels", "exact").in(WIRE),
                claim("c2").count("count:route", 9, "routes", "exact").in(PAPER));
        assertEquals(2, groups.size());
        assertEquals(List.of("c2"), claimIds(groups.get(0)));
        assertFalse(groups.get(1).strong);
    }

    @Test
    void groupsComeInSlotOrderStrongBeforeWeak() {
        List<FactGroup> groups = group(claim("c1").money("money:value", 56e6, "EUR", "exact").in(WIRE),
                claim("c2").count("count:seat", 3, "seats", "exact").in(WIRE),
                claim("c3").money("money:contract", 430e6, "EUR", "exact").in(WIRE));
        assertEquals(List.of("count:seat", "money:contract", "money:value"), groups.stream().map(g -> g.slot.slot()).toList());
    }
}
