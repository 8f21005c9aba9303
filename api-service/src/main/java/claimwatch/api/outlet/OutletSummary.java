package claimwatch.api.outlet;

import java.time.Instant;

/**
 * An outlet's coverage: {@code firstCount} is how many facts it reported first, {@code aloneCount} how many facts
 * only it reports.
 */
public record OutletSummary(String name, int articleCount, int claimCount, int storyCount, int firstCount, int aloneCount,
        Instant firstSeen, Instant lastSeen) {

    public static OutletSummary of(OutletEntity outlet) {
        return new OutletSummary(outlet.name, outlet.articleCount, outlet.claimCount, outlet.storyCount, outlet.firstCount,
                outlet.aloneCount, outlet.firstSeen, outlet.lastSeen);
    }
}
