package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups a story's claims into facts and finds conflicting values: slots normalised ({@link SlotNormalizer}), values
 * compared with explicit tolerance ({@link ValueRange}), grouped ({@link FactGrouper}), counted per outlet with
 * syndication and citations ({@link FactBuilder}, {@link CitationChains}), conflicts found ({@link ConflictDetector}).
 * Deterministic: the same claims give the same facts, ids and order whatever order they arrive in.
 */
public final class FactAnalyzer {

    private static final Comparator<Fact> FACT_ORDER = Comparator.comparingInt((Fact f) -> -f.outletCount())
            .thenComparing(Fact::slot)
            .thenComparing(Fact::id);

    public StoryAnalysis analyze(String storyId, List<StoryClaim> claims, Set<String> knownOutlets) {
        Set<String> outlets = new LinkedHashSet<>();
        Map<String, String> outletOfArticle = new HashMap<>();
        for (StoryClaim claim : claims) {
            outlets.add(claim.article().outlet());
            outletOfArticle.put(claim.article().id(), claim.article().outlet());
        }
        if (knownOutlets != null) {
            outlets.addAll(knownOutlets);
        }
        ClaimObservations reader = new ClaimObservations(new OutletNames(outlets));
        List<Observation> observations = new ArrayList<>();
        for (StoryClaim claim : claims) {
            observations.addAll(reader.of(claim));
        }
        FactBuilder builder = new FactBuilder(storyId, outletOfArticle);
        List<FactBuilder.Built> built = new ArrayList<>();
        for (FactGroup group : new FactGrouper().group(observations)) {
            FactBuilder.Built fact = builder.build(group);
            if (fact != null) {
                built.add(fact);
            }
        }
        ConflictDetector.Result conflicts = new ConflictDetector().detect(storyId, built);
        List<Fact> facts = new ArrayList<>(built.size());
        for (FactBuilder.Built fact : built) {
            String status = conflicts.disputed().contains(fact.id()) ? "disputed"
                    : fact.independentCount() >= 2 ? "corroborated" : "single-source";
            String label = fact.group().slot.label();
            facts.add(new Fact(fact.id(), label + ": " + fact.value().display(), fact.group().slot.slot(), label, fact.value(), status,
                    fact.outlets().size(), fact.independentCount(), fact.firstReport(), fact.support()));
        }
        facts.sort(FACT_ORDER);
        return new StoryAnalysis(List.copyOf(facts), conflicts.conflicts());
    }
}
