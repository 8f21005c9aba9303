package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups a story's claims into facts and finds conflicting values: slots normalised ({@link SlotNormalizer}), values
 * compared with explicit tolerance ({@link ValueRange}), grouped ({@link FactGrouper}), counted per outlet with
 * syndication and citations ({@link FactBuilder}, {@link CitationChains}), conflicts found ({@link ConflictDetector}).
 * Deterministic: the same claims give the same facts, ids and order whatever order they arrive in. Outlet names are
 * matched against the story's and the known outlets in name order, so that order does not depend on the claims'.
 */
public final class FactAnalyzer {

    private static final Comparator<Fact> FACT_ORDER = Comparator.comparingInt((Fact f) -> -f.outletCount())
            .thenComparing(Fact::slot)
            .thenComparing(Fact::id);

    public StoryAnalysis analyze(String storyId, List<StoryClaim> claims, Set<String> knownOutlets) {
        return analyze(storyId, claims, knownOutlets, new AnalysisMemo());
    }

    /** As {@link #analyze(String, List, Set)}, reusing what {@code memo} kept from the story's previous analysis. */
    StoryAnalysis analyze(String storyId, List<StoryClaim> claims, Set<String> knownOutlets, AnalysisMemo memo) {
        Set<String> outlets = new TreeSet<>();
        Map<String, String> outletOfArticle = new HashMap<>();
        for (StoryClaim claim : claims) {
            if (claim.article().outlet() != null) {
                outlets.add(claim.article().outlet());
            }
            outletOfArticle.put(claim.article().id(), claim.article().outlet());
        }
        if (knownOutlets != null) {
            knownOutlets.stream().filter(Objects::nonNull).forEach(outlets::add);
        }
        ClaimObservations reader = memo.begin(storyId, outlets);
        List<Observation> observations = new ArrayList<>();
        for (StoryClaim claim : claims) {
            observations.addAll(memo.observations(claim, reader::of));
        }
        FactBuilder builder = new FactBuilder(storyId, outletOfArticle);
        List<FactBuilder.Built> built = new ArrayList<>();
        for (FactGroup group : new FactGrouper().groupSorted(memo.inPlacingOrder(observations))) {
            FactBuilder.Built fact = memo.built(group, outletOfArticle, builder::build);
            if (fact != null) {
                built.add(fact);
            }
        }
        ConflictDetector.Result conflicts = new ConflictDetector().detect(storyId, built);
        List<Fact> facts = new ArrayList<>(built.size());
        for (FactBuilder.Built fact : built) {
            String status = conflicts.disputed().contains(fact.id()) ? "disputed"
                    : fact.independentCount() >= 2 ? "corroborated" : "single-source";
            facts.add(memo.fact(fact, status, () -> {
                String label = fact.group().slot.label();
                return new Fact(fact.id(), label + ": " + fact.value().display(), fact.group().slot.slot(), label, fact.value(), status,
                        fact.outlets().size(), fact.independentCount(), fact.firstReport(), fact.support());
            }));
        }
        memo.end();
        facts.sort(FACT_ORDER);
        return new StoryAnalysis(List.copyOf(facts), conflicts.conflicts());
    }
}
