package claimwatch.api.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The write path's use of the clusterer, in memory: candidates sharing a lookup feature within the window, at most
 * 20, most shared features first; after the decision the article's features are added to its story.
 */
final class InMemoryStories {

    private static final int MAX_CANDIDATES = 20;

    private final StoryClusterer clusterer;
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final Map<String, String> storyOfArticle = new LinkedHashMap<>();
    final List<StoryDecision> decisions = new ArrayList<>();

    private static final class Story {
        final String id;
        Instant firstSeen;
        Instant lastSeen;
        int articleCount;
        final Map<String, Integer> features = new TreeMap<>();

        Story(String id) {
            this.id = id;
        }

        StoryProfile profile() {
            return new StoryProfile(id, firstSeen, lastSeen, articleCount, Map.copyOf(features));
        }
    }

    InMemoryStories(StoryClusterer clusterer) {
        this.clusterer = clusterer;
    }

    StoryDecision add(ArticleFingerprint article) {
        Set<String> lookup = clusterer.lookupFeatures(article);
        Map<Story, Integer> shared = new HashMap<>();
        for (Story story : stories.values()) {
            Duration gap = StoryClusterer.gap(article.reportedAt(), story.profile());
            if (gap.compareTo(clusterer.window()) > 0) {
                continue;
            }
            int count = (int) lookup.stream().filter(story.features::containsKey).count();
            if (count > 0) {
                shared.put(story, count);
            }
        }
        List<StoryProfile> candidates = shared.entrySet().stream()
                .sorted(Map.Entry.<Story, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(e -> e.getKey().id))
                .limit(MAX_CANDIDATES).map(e -> e.getKey().profile()).toList();
        StoryDecision decision = clusterer.place(article, candidates);
        decisions.add(decision);
        Story target;
        if (decision.startsStory()) {
            target = new Story(article.articleId());
            stories.put(target.id, target);
        } else {
            target = stories.get(decision.storyId());
            for (String mergedId : decision.merged()) {
                Story merged = stories.remove(mergedId);
                merged.features.forEach((k, v) -> target.features.merge(k, v, Integer::sum));
                target.articleCount += merged.articleCount;
                target.firstSeen = min(target.firstSeen, merged.firstSeen);
                target.lastSeen = max(target.lastSeen, merged.lastSeen);
                storyOfArticle.replaceAll((a, s) -> s.equals(mergedId) ? target.id : s);
            }
        }
        article.features().forEach((k, v) -> target.features.merge(k, v, Integer::sum));
        target.articleCount++;
        target.firstSeen = min(target.firstSeen, article.reportedAt());
        target.lastSeen = max(target.lastSeen, article.reportedAt());
        storyOfArticle.put(article.articleId(), target.id);
        return decision;
    }

    String storyOf(String articleId) {
        return storyOfArticle.get(articleId);
    }

    int storyCount() {
        return stories.size();
    }

    /** Article ids grouped by story, in arrival order. */
    Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        storyOfArticle.forEach((article, story) -> groups.computeIfAbsent(story, s -> new ArrayList<>()).add(article));
        return groups;
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
