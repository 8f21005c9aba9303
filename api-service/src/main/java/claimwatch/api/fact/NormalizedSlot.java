package claimwatch.api.fact;

/**
 * A slot after {@link SlotNormalizer}: {@code slot} is the key facts are grouped by, {@code label} its readable name.
 * A weak slot (a generic key such as {@code money:value} or a vessel count with no new/old modifier) may join a
 * compatible fact of a strong slot inside {@code scope} (same date role, after {@code /}), but never forms a conflict of its own;
 * a {@code joinOnly} one (a date of a generic event with no object: "published on Monday") forms no fact of its own either.
 */
public record NormalizedSlot(String slot, String label, boolean weak, String scope, boolean joinOnly) {

    public NormalizedSlot(String slot, String label, boolean weak, String scope) {
        this(slot, label, weak, scope, false);
    }

    /** The same slot, weak, joining only facts of this very slot (an ambiguous or unsourced claim). */
    public NormalizedSlot weakened() {
        return new NormalizedSlot(slot, label, true, slot, joinOnly);
    }

    /** Whether a claim of this slot may join a fact of {@code strongSlot}: same date role, slot inside the scope. */
    public boolean mayJoin(String strongSlot) {
        if (scope == null) {
            return false;
        }
        int scopeRole = scope.indexOf('/');
        int slotRole = strongSlot.indexOf('/');
        String scopeBase = scopeRole < 0 ? scope : scope.substring(0, scopeRole);
        String slotBase = slotRole < 0 ? strongSlot : strongSlot.substring(0, slotRole);
        String roleA = scopeRole < 0 ? "" : scope.substring(scopeRole);
        String roleB = slotRole < 0 ? "" : strongSlot.substring(slotRole);
        return roleA.equals(roleB) && (slotBase.equals(scopeBase) || slotBase.startsWith(scopeBase + ":"));
    }
}
