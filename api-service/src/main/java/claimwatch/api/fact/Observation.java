package claimwatch.api.fact;

import java.time.Instant;
import java.util.List;

/**
 * One value of one claim in a normalised slot, ready for grouping. {@code cited} are the known outlets the claim says
 * it relies on, nearest first; {@code citing} is true when it reports someone else's figure (named or not);
 * {@code ambiguous} when the claim gave the slot another, incompatible value too.
 */
record Observation(StoryClaim source, NormalizedSlot slot, ValueRange range, FactValue value, List<String> cited, boolean citing,
        boolean ambiguous) {

    String claimId() {
        return source.claim().id();
    }

    String articleId() {
        return source.article().id();
    }

    String outlet() {
        return source.article().outlet();
    }

    Instant reportedAt() {
        return source.article().reportedAt();
    }

    String syndicatedFrom() {
        return source.article().duplicateOf();
    }

    /** The outlet whose figure this is, as far as the claim itself says: the last outlet it cites, else its own. */
    String creditedOutlet() {
        if (!citing) {
            return outlet();
        }
        return cited.isEmpty() ? null : cited.get(cited.size() - 1);
    }

    Observation withSlot(NormalizedSlot weaker) {
        return new Observation(source, weaker, range, value, cited, citing, true);
    }
}
