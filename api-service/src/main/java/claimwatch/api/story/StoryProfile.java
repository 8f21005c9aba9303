package claimwatch.api.story;

import java.time.Instant;
import java.util.Map;

/** A candidate story as the clusterer sees it: its time span, size and summed features. */
public record StoryProfile(String storyId, Instant firstSeen, Instant lastSeen, int articleCount, Map<String, Integer> features) {
}
