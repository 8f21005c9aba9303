package claimwatch.api.story;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.http.Params;
import claimwatch.api.problem.MovedException;
import claimwatch.api.problem.NotFoundException;

/** Finds the story a request names: 404 when there is none, 301 to the surviving story when it was merged away. */
@ApplicationScoped
public class StoryLocator {

    private final StoryRepository stories;

    public StoryLocator(StoryRepository stories) {
        this.stories = stories;
    }

    /** The live story at {@code /api/stories/{id}{suffix}}, or a redirect to the same suffix under its survivor. */
    public StoryEntity require(String id, String suffix) {
        StoryEntity story = stories.findByIdOptional(Params.pathId("story", id)).orElseThrow(() -> new NotFoundException("No story " + id));
        if (story.mergedInto == null) {
            return story;
        }
        StoryEntity live = stories.findLive(id).filter(s -> s.mergedInto == null)
                .orElseThrow(() -> new NotFoundException("Story " + id + " was merged into a story that no longer exists"));
        throw new MovedException("Story " + id + " was merged into story " + live.id, "/api/stories/" + live.id + suffix);
    }

    /** The live story a filter parameter names (a merged story's articles now live in its survivor); 404 naming it. */
    public String resolve(String id, String parameter) {
        return stories.findLive(id).filter(s -> s.mergedInto == null).map(s -> s.id)
                .orElseThrow(() -> new NotFoundException("No story " + id, parameter));
    }
}
