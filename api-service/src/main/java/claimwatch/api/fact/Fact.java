package claimwatch.api.fact;

import java.util.List;

/**
 * Claims of one story with the same slot and compatible values. {@code status} is corroborated (two or more
 * independent outlets), single-source or disputed (another value of the slot conflicts with it).
 */
public record Fact(
        String id,
        String statement,
        String slot,
        String label,
        FactValue value,
        String status,
        int outletCount,
        int independentOutletCount,
        FirstReport firstReportedBy,
        List<Support> support) {
}
