package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups observations into facts. Strong observations of a slot are taken narrowest first, and each joins the
 * compatible group with the most sources (ties: the nearest value, then the older group), so "more than €400 million"
 * lands with the widely reported €430 million rather than the tabloid's €520 million. A group's values all overlap
 * (its core is their intersection). Weak observations then join a compatible strong group in their scope, without
 * narrowing it; those that find none form weak groups of their own slot (join-only ones are dropped), and the unmatched
 * other values of an
 * ambiguous claim are dropped once one of its values has found its fact.
 */
final class FactGrouper {

    /** The order observations are placed in; {@link AnalysisMemo} keeps a story's observations in it between analyses. */
    static final Comparator<Observation> NARROWEST_FIRST = Comparator
            .comparing((Observation o) -> o.slot().slot())
            .thenComparingDouble(o -> o.range().width())
            .thenComparingDouble(o -> o.range().point())
            .thenComparing(Observation::claimId)
            .thenComparingDouble(o -> o.range().low());

    List<FactGroup> group(List<Observation> observations) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(NARROWEST_FIRST);
        return groupSorted(sorted);
    }

    /** As {@link #group(List)} for observations already in {@link #NARROWEST_FIRST} order. */
    List<FactGroup> groupSorted(List<Observation> sorted) {
        List<Observation> strong = new ArrayList<>();
        List<Observation> weak = new ArrayList<>();
        for (Observation observation : sorted) {
            (observation.slot().weak() ? weak : strong).add(observation);
        }
        Map<String, List<FactGroup>> strongGroups = new TreeMap<>();
        for (Observation observation : strong) {
            place(strongGroups.computeIfAbsent(observation.slot().slot(), s -> new ArrayList<>()), observation, true);
        }
        List<FactGroup> allStrong = new ArrayList<>();
        strongGroups.values().forEach(allStrong::addAll);
        List<Observation> unmatched = new ArrayList<>();
        Set<String> attachedAmbiguous = new HashSet<>();
        Map<String, List<FactGroup>> joinable = new HashMap<>();
        for (Observation observation : weak) {
            String scope = observation.slot().scope();
            List<FactGroup> inScope = scope == null ? List.of() : joinable.computeIfAbsent(scope,
                    s -> allStrong.stream().filter(group -> observation.slot().mayJoin(group.slot.slot())).toList());
            FactGroup best = best(inScope, observation, true);
            if (best == null) {
                unmatched.add(observation);
            } else {
                best.add(observation, false);
                if (observation.ambiguous()) {
                    attachedAmbiguous.add(observation.claimId() + "|" + observation.slot().slot());
                }
            }
        }
        Map<String, List<FactGroup>> weakGroups = new TreeMap<>();
        for (Observation observation : unmatched) {
            if (!observation.slot().joinOnly() && !attachedAmbiguous.contains(observation.claimId() + "|" + observation.slot().slot())) {
                place(weakGroups.computeIfAbsent(observation.slot().slot(), s -> new ArrayList<>()), observation, false);
            }
        }
        List<FactGroup> result = new ArrayList<>(allStrong);
        weakGroups.values().forEach(result::addAll);
        return result;
    }

    private static void place(List<FactGroup> groups, Observation observation, boolean strong) {
        FactGroup best = best(groups, observation, false);
        if (best == null) {
            groups.add(new FactGroup(observation, strong));
        } else {
            best.add(observation, true);
        }
    }

    /** The group the observation joins: among {@code groups} (already those its scope allows when {@code inScope}), else of its slot. */
    private static FactGroup best(List<FactGroup> groups, Observation observation, boolean inScope) {
        FactGroup best = null;
        for (FactGroup group : groups) {
            if (!inScope && !group.slot.slot().equals(observation.slot().slot())) {
                continue;
            }
            if (!group.accepts(observation.range())) {
                continue;
            }
            if (best == null || group.sources.size() > best.sources.size()
                    || group.sources.size() == best.sources.size() && group.distance(observation.range()) < best.distance(observation.range())) {
                best = group;
            }
        }
        return best;
    }
}
