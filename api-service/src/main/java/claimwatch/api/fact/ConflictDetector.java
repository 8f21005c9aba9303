package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds incompatible values of one slot across outlets. Two strong facts of a slot conflict when their values are
 * comparable (same currency or unit, within a factor of {@link ValueRange#COMPARABLE_RATIO}; any two dates) but do not
 * overlap, and different outlets stand behind them. Weak facts (generic keys, ambiguous or unsourced claims) never
 * conflict. One conflict per slot lists every value involved, most outlets first; its id depends on story and slot
 * only, so it stays the same conflict while values come and go.
 */
final class ConflictDetector {

    /** The conflicts, and in {@code disputed} the ids of the facts involved. */
    record Result(List<Conflict> conflicts, Set<String> disputed) {
    }

    Result detect(String storyId, List<FactBuilder.Built> facts) {
        Map<String, List<FactBuilder.Built>> bySlot = new LinkedHashMap<>();
        for (FactBuilder.Built fact : facts) {
            if (fact.group().strong) {
                bySlot.computeIfAbsent(fact.group().slot.slot(), s -> new ArrayList<>()).add(fact);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        Map<Conflict, Integer> outletTotals = new LinkedHashMap<>();
        Set<String> disputed = new HashSet<>();
        for (Map.Entry<String, List<FactBuilder.Built>> slot : bySlot.entrySet()) {
            List<FactBuilder.Built> involved = rivals(slot.getValue());
            if (involved.isEmpty()) {
                continue;
            }
            involved.sort(Comparator.<FactBuilder.Built>comparingInt(f -> -f.outlets().size()).thenComparing(FactBuilder.Built::id));
            List<Conflict.Value> values = new ArrayList<>();
            TreeSet<String> outlets = new TreeSet<>();
            for (FactBuilder.Built fact : involved) {
                disputed.add(fact.id());
                outlets.addAll(fact.outlets());
                List<String> claims = fact.support().stream().map(Support::claimId).toList();
                values.add(new Conflict.Value(fact.value(), fact.value().qualifier(), fact.outlets(), claims, fact.id()));
            }
            FactGroup group = involved.get(0).group();
            Conflict conflict = new Conflict(FactIds.of(storyId, slot.getKey()), slot.getKey(), group.slot.label(), List.copyOf(values));
            conflicts.add(conflict);
            outletTotals.put(conflict, outlets.size());
        }
        conflicts.sort(Comparator.<Conflict>comparingInt(c -> -outletTotals.get(c)).thenComparing(Conflict::slot));
        return new Result(List.copyOf(conflicts), disputed);
    }

    private static List<FactBuilder.Built> rivals(List<FactBuilder.Built> facts) {
        Set<FactBuilder.Built> involved = new HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            for (int j = i + 1; j < facts.size(); j++) {
                FactBuilder.Built a = facts.get(i);
                FactBuilder.Built b = facts.get(j);
                if (a.group().anchor.range().comparable(b.group().anchor.range()) && !a.group().core.overlaps(b.group().core)
                        && !new HashSet<>(a.outlets()).equals(new HashSet<>(b.outlets()))) {
                    involved.add(a);
                    involved.add(b);
                }
            }
        }
        return new ArrayList<>(involved);
    }
}
