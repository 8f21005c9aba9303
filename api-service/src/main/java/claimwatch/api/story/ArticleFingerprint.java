package claimwatch.api.story;

import java.time.Instant;
import java.util.Map;

/**
 * What the clusterer compares: an article's features with their counts. Feature names carry their family as a prefix
 * ({@code e:} entity, {@code v:} slot value, {@code t:} title or lead term) so one table holds them all.
 */
public record ArticleFingerprint(String articleId, String title, Instant reportedAt, Map<String, Integer> features) {
}
