package claimwatch.api.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which story an arriving article belongs to: the candidate it is most similar to ({@link StorySimilarity}),
 * if the score reaches what the time gap demands ({@link ClusterRules}); a new story if none does; and when two or more
 * candidates reach the merge score, one story absorbing the others (the survivor has the earliest first article,
 * ties the smaller id). Candidates are sorted by id first, so the decision does not depend on their order.
 */
public final class StoryClusterer {

    private static final int LOOKUP_TERMS = 8;

    private final ClusterRules rules;
    private final StorySimilarity similarity = new StorySimilarity();

    public StoryClusterer() {
        this(ClusterRules.defaults());
    }

    public StoryClusterer(ClusterRules rules) {
        this.rules = rules;
    }

    /** How far apart in reported time an article and a story may be and still be compared. */
    public Duration window() {
        return rules.window();
    }

    /** People, organisations, products, strong values and the article's most frequent title and lead terms; no places. */
    public Set<String> lookupFeatures(ArticleFingerprint article) {
        Set<String> lookup = new LinkedHashSet<>();
        List<Map.Entry<String, Integer>> terms = new ArrayList<>();
        for (Map.Entry<String, Integer> feature : article.features().entrySet()) {
            String name = feature.getKey();
            if (name.startsWith("t:")) {
                terms.add(feature);
            } else if (!name.startsWith("e:place:")) {
                lookup.add(name);
            }
        }
        terms.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        terms.stream().limit(LOOKUP_TERMS).forEach(term -> lookup.add(term.getKey()));
        return lookup;
    }

    public StoryDecision place(ArticleFingerprint article, List<StoryProfile> candidates) {
        List<StoryProfile> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(StoryProfile::storyId));
        StoryProfile best = null;
        StorySimilarity.Result bestResult = null;
        double bestMargin = 0;
        List<StoryProfile> mergeable = new ArrayList<>();
        for (StoryProfile candidate : sorted) {
            Duration gap = gap(article.reportedAt(), candidate);
            if (gap.compareTo(rules.window()) > 0) {
                continue;
            }
            StorySimilarity.Result result = similarity.compare(article, candidate);
            double margin = result.score() - rules.needed(rules.joinScore(), gap);
            if (margin >= 0 && (best == null || margin > bestMargin)) {
                best = candidate;
                bestResult = result;
                bestMargin = margin;
            }
            if (result.score() >= rules.needed(rules.mergeScore(), gap)) {
                mergeable.add(candidate);
            }
        }
        if (best == null) {
            return new StoryDecision(null, List.of(), new StoryReason("started", 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of()));
        }
        if (!mergeable.contains(best)) {
            mergeable.add(best);
        }
        if (mergeable.size() < 2) {
            return new StoryDecision(best.storyId(), List.of(), reason("joined", bestResult, List.of()));
        }
        mergeable.sort(Comparator.comparing(StoryProfile::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoryProfile::storyId));
        List<String> merged = mergeable.subList(1, mergeable.size()).stream().map(StoryProfile::storyId).toList();
        return new StoryDecision(mergeable.get(0).storyId(), merged, reason("merged", bestResult, merged));
    }

    private static StoryReason reason(String decision, StorySimilarity.Result result, List<String> merged) {
        return new StoryReason(decision, round(result.score()), round(result.entities()), round(result.values()), round(result.terms()),
                result.sharedEntities(), result.sharedValues(), result.sharedTerms(), merged);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** Zero inside the story's span, else the distance to its nearer end; unknown times cost nothing. */
    static Duration gap(Instant at, StoryProfile story) {
        if (at == null || story.firstSeen() == null || story.lastSeen() == null) {
            return Duration.ZERO;
        }
        if (at.isBefore(story.firstSeen())) {
            return Duration.between(at, story.firstSeen());
        }
        return at.isAfter(story.lastSeen()) ? Duration.between(story.lastSeen(), at) : Duration.ZERO;
    }
}
