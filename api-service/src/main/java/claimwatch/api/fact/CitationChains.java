package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows "according to" links through a fact's own claims: an Eurotransport Observer claim citing The Mercantile
 * Journal, whose claim of the same fact cites Meridian Wire, gives [Eurotransport Observer, The Mercantile Journal,
 * Meridian Wire]. The chain starts with the citing outlet, is empty for a claim that cites nobody, and stops at an
 * outlet already in it, so mutual citations cannot loop. When the cited outlet's claims name no further source, the
 * next outlet the citing claim itself names is taken ("The Mercantile Journal reports, citing Meridian Wire").
 */
final class CitationChains {

    private static final Comparator<Observation> EARLIEST = Comparator
            .comparing(Observation::reportedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Observation::articleId)
            .thenComparing(Observation::claimId);

    private final Map<String, List<Observation>> citingByOutlet = new LinkedHashMap<>();

    CitationChains(FactGroup group) {
        for (Observation member : group.members) {
            if (!member.cited().isEmpty()) {
                citingByOutlet.computeIfAbsent(OutletNames.key(member.outlet()), k -> new ArrayList<>()).add(member);
            }
        }
        citingByOutlet.values().forEach(list -> list.sort(EARLIEST));
    }

    List<String> chain(Observation observation) {
        if (observation.cited().isEmpty()) {
            return List.of();
        }
        List<String> chain = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        chain.add(observation.outlet());
        visited.add(OutletNames.key(observation.outlet()));
        List<String> named = observation.cited();
        String next = named.get(0);
        while (next != null && visited.add(OutletNames.key(next))) {
            chain.add(next);
            String onward = onward(next, visited);
            if (onward == null) {
                int position = named.indexOf(next);
                onward = position >= 0 && position + 1 < named.size() ? named.get(position + 1) : null;
            }
            next = onward;
        }
        return List.copyOf(chain);
    }

    private String onward(String outlet, Set<String> visited) {
        for (Observation claim : citingByOutlet.getOrDefault(OutletNames.key(outlet), List.of())) {
            for (String cited : claim.cited()) {
                if (!visited.contains(OutletNames.key(cited))) {
                    return cited;
                }
            }
        }
        return null;
    }
}
