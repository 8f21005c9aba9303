package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import claimwatch.api.claim.ArticleClaimsMessage;

/**
 * What one analysis of a story can hand to the next, so a story analysed after every arriving article costs about
 * what the new article adds: each claim's observations (while the known outlets stay the same), each fact built from
 * the very same observations, and each fact record whose status did not change. Everything is keyed by the exact
 * inputs it was computed from (the same objects), so a memo changes how fast the analysis is, never what it answers.
 * Entries the latest analysis did not use are dropped.
 */
final class AnalysisMemo {

    private record CachedObservations(ArticleRef article, List<Observation> observations) {
    }

    private record CachedFact(String status, Fact fact) {
    }

    private String storyId;
    private Set<String> outlets;
    private ClaimObservations reader;
    private IdentityHashMap<ArticleClaimsMessage.Claim, CachedObservations> observations = new IdentityHashMap<>();
    private IdentityHashMap<ArticleClaimsMessage.Claim, CachedObservations> usedObservations = new IdentityHashMap<>();
    private Map<GroupSignature, FactBuilder.Built> built = new HashMap<>();
    private Map<GroupSignature, FactBuilder.Built> usedBuilt = new HashMap<>();
    private IdentityHashMap<FactBuilder.Built, CachedFact> facts = new IdentityHashMap<>();
    private IdentityHashMap<FactBuilder.Built, CachedFact> usedFacts = new IdentityHashMap<>();
    private List<Observation> placingOrder = List.of();

    /** Starts an analysis: anything computed for another story or with other known outlets is forgotten. */
    ClaimObservations begin(String story, Set<String> knownOutlets) {
        if (!story.equals(storyId) || !knownOutlets.equals(outlets)) {
            storyId = story;
            outlets = new TreeSet<>(knownOutlets);
            reader = new ClaimObservations(new OutletNames(outlets));
            observations.clear();
            built.clear();
            facts.clear();
            placingOrder = List.of();
        }
        return reader;
    }

    /**
     * The observations sorted in the order grouping places them ({@link FactGrouper#NARROWEST_FIRST}): those of the
     * previous analysis keep their order, and only the new ones are sorted and merged in.
     */
    List<Observation> inPlacingOrder(List<Observation> current) {
        Set<Observation> now = Collections.newSetFromMap(new IdentityHashMap<>(current.size() * 2));
        now.addAll(current);
        Set<Observation> before = Collections.newSetFromMap(new IdentityHashMap<>(placingOrder.size() * 2));
        List<Observation> kept = new ArrayList<>(current.size());
        for (Observation observation : placingOrder) {
            if (now.contains(observation)) {
                kept.add(observation);
                before.add(observation);
            }
        }
        List<Observation> added = new ArrayList<>();
        for (Observation observation : current) {
            if (!before.contains(observation)) {
                added.add(observation);
            }
        }
        added.sort(FactGrouper.NARROWEST_FIRST);
        List<Observation> merged = new ArrayList<>(current.size());
        int from = 0;
        for (Observation observation : added) {
            int found = Collections.binarySearch(kept.subList(from, kept.size()), observation, FactGrouper.NARROWEST_FIRST);
            int at = from + (found >= 0 ? found + 1 : -found - 1);
            merged.addAll(kept.subList(from, at));
            merged.add(observation);
            from = at;
        }
        merged.addAll(kept.subList(from, kept.size()));
        placingOrder = merged;
        return merged;
    }

    List<Observation> observations(StoryClaim claim, Function<StoryClaim, List<Observation>> read) {
        CachedObservations cached = observations.get(claim.claim());
        if (cached == null || cached.article() != claim.article()) {
            cached = new CachedObservations(claim.article(), read.apply(claim));
        }
        usedObservations.put(claim.claim(), cached);
        return cached.observations();
    }

    /** The fact built from this group before, when the group has the same observations and copies count the same. */
    FactBuilder.Built built(FactGroup group, Map<String, String> outletOfArticle, Function<FactGroup, FactBuilder.Built> build) {
        GroupSignature signature = new GroupSignature(group, outletOfArticle);
        FactBuilder.Built fact = built.containsKey(signature) ? built.get(signature) : build.apply(group);
        usedBuilt.put(signature, fact);
        return fact;
    }

    Fact fact(FactBuilder.Built built, String status, Supplier<Fact> make) {
        CachedFact cached = facts.get(built);
        if (cached == null || !cached.status().equals(status)) {
            cached = new CachedFact(status, make.get());
        }
        usedFacts.put(built, cached);
        return cached.fact();
    }

    /** Ends an analysis: what it used is what the next one may reuse. */
    void end() {
        observations = usedObservations;
        usedObservations = new IdentityHashMap<>();
        built = usedBuilt;
        usedBuilt = new HashMap<>();
        facts = usedFacts;
        usedFacts = new IdentityHashMap<>();
    }
}
