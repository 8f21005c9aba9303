package claimwatch.api.article;

import java.time.Instant;
import java.util.Optional;

/** Filters of {@code GET /api/articles}; {@code since} is inclusive, {@code until} exclusive, both on reported time. */
public record ArticleFilter(Optional<String> story, Optional<String> outlet, Optional<Instant> since, Optional<Instant> until) {
}
