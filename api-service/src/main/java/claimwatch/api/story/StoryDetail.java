package claimwatch.api.story;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A story with its articles in reported order. At most 200 come inline;
 * {@code moreArticles} then links to the rest ({@code GET /api/articles?story=}, continuing in the same order).
 */
public record StoryDetail(String id, String title, int articleCount, int outletCount, int factCount, int conflictCount,
        Instant firstSeen, Instant lastSeen, Instant lastActivity, @JsonRawValue String topEntities,
        List<StoryArticle> articles, String moreArticles) {

    public static StoryDetail of(StoryEntity story, List<StoryArticle> articles, String moreArticles) {
        return new StoryDetail(story.id, story.title, story.articleCount, story.outletCount, story.factCount,
                story.conflictCount, story.firstSeen, story.lastSeen, story.lastActivity, story.topEntities, articles,
                moreArticles);
    }
}
