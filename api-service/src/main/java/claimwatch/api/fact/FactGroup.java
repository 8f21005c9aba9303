package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Observations of one slot whose values all overlap: one fact in the making. */
final class FactGroup {

    final NormalizedSlot slot;
    final boolean strong;
    final Observation anchor;
    final List<Observation> members = new ArrayList<>();
    final Set<String> sources = new LinkedHashSet<>();
    ValueRange core;

    FactGroup(Observation anchor, boolean strong) {
        this.slot = anchor.slot();
        this.strong = strong;
        this.anchor = anchor;
        this.core = anchor.range();
        add(anchor, false);
    }

    boolean accepts(ValueRange range) {
        return anchor.range().comparable(range) && core.overlaps(range);
    }

    void add(Observation observation, boolean narrows) {
        members.add(observation);
        if (narrows) {
            core = core.intersect(observation.range());
        }
        if (observation.creditedOutlet() != null) {
            sources.add(OutletNames.key(observation.creditedOutlet()));
        }
    }

    /** How far a value lies from this group's anchor, in orders of magnitude (days for dates). */
    double distance(ValueRange range) {
        if (range.kind().equals("date")) {
            return Math.abs(range.point() - anchor.range().point());
        }
        double a = Math.abs(range.point()) + 1e-9;
        double b = Math.abs(anchor.range().point()) + 1e-9;
        return Math.abs(Math.log(a / b));
    }
}
