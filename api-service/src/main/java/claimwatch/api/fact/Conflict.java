package claimwatch.api.fact;

import java.util.List;

/** Incompatible values of one slot across outlets. */
public record Conflict(String id, String slot, String label, List<Value> values) {

    /** One side of the conflict: the value, its qualifier, the outlets that report it and their claims. */
    public record Value(FactValue value, String qualifier, List<String> outlets, List<String> claims, String factId) {
    }
}
