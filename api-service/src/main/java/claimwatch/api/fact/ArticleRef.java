package claimwatch.api.fact;

import java.time.Instant;

/** The article a claim comes from, as fact grouping needs it. */
public record ArticleRef(String id, String outlet, Instant reportedAt, String duplicateOf) {
}
