package claimwatch.api.story;

import java.util.List;

/** Why an article is in its story, as {@code GET /api/stories/{id}} shows it. */
public record StoryReason(
        String decision,
        double score,
        double entitySimilarity,
        double valueSimilarity,
        double textSimilarity,
        List<String> sharedEntities,
        List<String> sharedValues,
        List<String> sharedTerms,
        List<String> mergedStories) {
}
