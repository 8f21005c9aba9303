package claimwatch.api.fact;

import static claimwatch.api.fact.TestClaims.article;
import static claimwatch.api.fact.TestClaims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CitationChainsTest {

    static final ArticleRef A = article("a", "Alpha Daily", "2024-03-11T10:00:00Z");
    static final ArticleRef B = article("b", "Beta Wire", "2024-03-11T11:00:00Z");
    static final ArticleRef C = article("c", "Gamma Review", "2024-03-11T12:00:00Z");
    static final ArticleRef D = article("d", "Delta Post", "2024-03-11T13:00:00Z");
    private static final OutletNames NAMES = new OutletNames(Set.of("Alpha Daily", "Beta Wire", "Gamma Review", "Delta Post"));

    private static StoryClaim vote(String id, ArticleRef article, String text) {
        return claim(id).text(text).date("date:vote", "2024-04-18", "event").in(article);
    }

    private static List<List<String>> chains(StoryClaim... claims) {
        List<Observation> observations = new ArrayList<>();
        ClaimObservations reader = new ClaimObservations(NAMES);
        for (StoryClaim claim : claims) {
            observations.addAll(reader.of(claim));
        }
        FactGroup group = new FactGrouper().group(observations).get(0);
        CitationChains chains = new CitationChains(group);
        return group.members.stream().sorted(java.util.Comparator.comparing(Observation::claimId)).map(chains::chain).toList();
    }

    @Test
    void aClaimCitingNobodyHasNoChain() {
        assertEquals(List.of(List.of()), chains(vote("c1", A, "The vote is on 18 April.")));
    }

    @Test
    void aChainFollowsEachCitedOutletsOwnCitation() {
        List<List<String>> chains = chains(vote("c1", A, "According to Beta Wire, the vote is on 18 April."),
                vote("c2", B, "Gamma Review reported the vote is on 18 April."),
                vote("c3", C, "The vote is on 18 April."));
        assertEquals(List.of("Alpha Daily", "Beta Wire", "Gamma Review"), chains.get(0));
        assertEquals(List.of("Beta Wire", "Gamma Review"), chains.get(1));
        assertEquals(List.of(), chains.get(2));
    }

    @Test
    void aCitedOutletWithoutClaimsInTheFactEndsTheChain() {
        assertEquals(List.of(List.of("Alpha Daily", "Delta Post")), chains(vote("c1", A, "According to Delta Post, the vote is on 18 April.")));
    }

    @Test
    void aThreeWayCycleStops() {
        List<List<String>> chains = chains(vote("c1", A, "According to Beta Wire, the vote is on 18 April."),
                vote("c2", B, "According to Gamma Review, the vote is on 18 April."),
                vote("c3", C, "According to Alpha Daily, the vote is on 18 April."));
        assertEquals(List.of("Alpha Daily", "Beta Wire", "Gamma Review"), chains.get(0));
        assertEquals(List.of("Beta Wire", "Gamma Review", "Alpha Daily"), chains.get(1));
        assertEquals(List.of("Gamma Review", "Alpha Daily", "Beta Wire"), chains.get(2));
    }

    @Test
    void theCitedOutletsOwnSourceWinsOverTheNextNameInTheClaim() {
        List<List<String>> chains = chains(vote("c1", A, "Beta Wire, citing Delta Post, says the vote is on 18 April."),
                vote("c2", B, "According to Gamma Review, the vote is on 18 April."));
        assertEquals(List.of("Alpha Daily", "Beta Wire", "Gamma Review"), chains.get(0));
    }

    @Test
    void theEarliestOfTheCitedOutletsClaimsIsFollowed() {
        ArticleRef laterB = article("b2", "Beta Wire", "2024-03-12T11:00:00Z");
        List<List<String>> chains = chains(vote("c1", A, "According to Beta Wire, the vote is on 18 April."),
                vote("c2", laterB, "According to Delta Post, the vote is on 18 April."),
                vote("c3", B, "According to Gamma Review, the vote is on 18 April."));
        assertEquals(List.of("Alpha Daily", "Beta Wire", "Gamma Review"), chains.get(0));
    }
}
