package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a built fact depends on besides the story: the group's slot and strength, its observations (the same
 * objects, in order) and, for syndicated copies, the outlet of the article each copies.
 */
final class GroupSignature {

    private final NormalizedSlot slot;
    private final boolean strong;
    private final Observation[] members;
    private final String[] originals;
    private final int hash;

    GroupSignature(FactGroup group, Map<String, String> outletOfArticle) {
        slot = group.slot;
        strong = group.strong;
        members = group.members.toArray(new Observation[0]);
        List<String> copied = new ArrayList<>();
        int h = slot.hashCode() * 31 + Boolean.hashCode(strong);
        for (Observation member : members) {
            h = h * 31 + System.identityHashCode(member);
            if (member.syndicatedFrom() != null) {
                copied.add(outletOfArticle.get(member.syndicatedFrom()));
            }
        }
        originals = copied.toArray(new String[0]);
        hash = h * 31 + Arrays.hashCode(originals);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof GroupSignature that) || hash != that.hash || strong != that.strong || members.length != that.members.length
                || !slot.equals(that.slot) || !Arrays.equals(originals, that.originals)) {
            return false;
        }
        for (int i = 0; i < members.length; i++) {
            if (members[i] != that.members[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
