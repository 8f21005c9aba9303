package claimwatch.api.claim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Filters of {@code GET /api/claims}, all optional and combined with AND. {@code q} is web-search syntax over the
 * claim text (English stemming); {@code since} is inclusive and {@code until} exclusive, on reported time.
 */
public record ClaimFilter(Optional<String> story, Optional<String> article, Optional<String> outlet, Optional<String> entity,
        Optional<String> q, Optional<String> kind, Optional<String> modality, Optional<Double> minCheckworthiness,
        Optional<Instant> since, Optional<Instant> until) {

    public static final List<String> KINDS = List.of("money", "quantity", "date", "statement");
    public static final List<String> MODALITIES = List.of("asserted", "hedged", "conditional", "negated");

    public static ClaimFilter none() {
        return new ClaimFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ClaimFilter withEntity(String entityId) {
        return new ClaimFilter(story, article, outlet, Optional.of(entityId), q, kind, modality, minCheckworthiness, since, until);
    }
}
