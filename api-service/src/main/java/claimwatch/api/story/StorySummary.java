package claimwatch.api.story;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** A story in the list: its size, its facts and conflicts, when it was reported and its main entities. */
public record StorySummary(String id, String title, int articleCount, int outletCount, int factCount, int conflictCount,
        Instant firstSeen, Instant lastSeen, Instant lastActivity, @JsonRawValue String topEntities) {

    public static StorySummary of(StoryEntity story) {
        return new StorySummary(story.id, story.title, story.articleCount, story.outletCount, story.factCount,
                story.conflictCount, story.firstSeen, story.lastSeen, story.lastActivity, story.topEntities);
    }
}
