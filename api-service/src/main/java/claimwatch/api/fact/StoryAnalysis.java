package claimwatch.api.fact;

import java.util.List;

/** The facts and conflicts of one story, in the order the API lists them. */
public record StoryAnalysis(List<Fact> facts, List<Conflict> conflicts) {
}
