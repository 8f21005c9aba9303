package claimwatch.api.fact;

import java.util.List;
import java.util.Set;

/**
 * Groups a story's claims into facts and finds conflicting values. PLACEHOLDER (to be replaced in this issue): finds
 * nothing.
 */
public final class FactAnalyzer {

    public StoryAnalysis analyze(String storyId, List<StoryClaim> claims, Set<String> knownOutlets) {
        return new StoryAnalysis(List.of(), List.of());
    }
}
