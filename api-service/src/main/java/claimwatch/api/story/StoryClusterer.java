package claimwatch.api.story;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Decides which story an arriving article belongs to. PLACEHOLDER (to be replaced in this issue): joins the first
 * candidate sharing any feature.
 */
public final class StoryClusterer {

    /** How far apart in reported time an article and a story may be and still be compared. */
    public Duration window() {
        return Duration.ofDays(7);
    }

    /** The features worth looking candidates up by. */
    public Set<String> lookupFeatures(ArticleFingerprint article) {
        return article.features().keySet();
    }

    public StoryDecision place(ArticleFingerprint article, List<StoryProfile> candidates) {
        for (StoryProfile candidate : candidates) {
            if (candidate.features().keySet().stream().anyMatch(article.features()::containsKey)) {
                return new StoryDecision(candidate.storyId(), List.of(),
                        new StoryReason("joined", 1, 1, 0, 0, List.of(), List.of(), List.of(), List.of()));
            }
        }
        return new StoryDecision(null, List.of(), new StoryReason("started", 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of()));
    }
}
