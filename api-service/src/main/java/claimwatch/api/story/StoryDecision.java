package claimwatch.api.story;

import java.util.List;

/**
 * Where an article goes: a new story ({@code storyId} null), an existing one, or an existing one that absorbs the
 * other stories it bridges ({@code merged}).
 */
public record StoryDecision(String storyId, List<String> merged, StoryReason reason) {

    public boolean startsStory() {
        return storyId == null;
    }
}
