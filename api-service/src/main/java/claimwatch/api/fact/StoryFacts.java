package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.entity.EntityIds;

/**
 * The stories one batch has touched, held in memory while the batch runs: each story's claims (stored ones plus
 * those of the batch) and its facts and conflicts as last analysed, so every article's change is analysed and
 * announced on its own, whatever the batch boundaries.
 */
public final class StoryFacts {

    /** One article's part of a story. */
    record ArticleClaims(ArticleRef article, List<ArticleClaimsMessage.Claim> claims) {
    }

    /** A story as the batch sees it. */
    static final class Story {

        final Map<String, ArticleClaims> articles = new TreeMap<>();
        List<Fact> facts = List.of();
        List<Conflict> conflicts = List.of();
        boolean mergedAway;
        /** True while {@code facts} and {@code conflicts} are as read from the database, not yet analysed in this batch. */
        boolean readFromDatabase;
        /** What the next analysis of this story may reuse. */
        final AnalysisMemo memo = new AnalysisMemo();

        /** Claims in a fixed order, articles by reported time then id, claims by sentence then id. */
        List<StoryClaim> claims() {
            List<ArticleClaims> ordered = new ArrayList<>(articles.values());
            ordered.sort(Comparator.comparing((ArticleClaims a) -> a.article().reportedAt()).thenComparing(a -> a.article().id()));
            List<StoryClaim> claims = new ArrayList<>();
            for (ArticleClaims article : ordered) {
                article.claims().stream()
                        .sorted(Comparator.comparing(ArticleClaimsMessage.Claim::sentenceIndex).thenComparing(ArticleClaimsMessage.Claim::id))
                        .forEach(claim -> claims.add(new StoryClaim(article.article(), claim)));
            }
            return claims;
        }
    }

    private final Map<String, Story> stories = new LinkedHashMap<>();

    /** The story's claims per entity id, most mentioned first (ties by id), at most {@code limit}; empty for a merged-away story. */
    public List<Map.Entry<String, Integer>> topEntities(String storyId, int limit) {
        Map<String, Integer> mentions = new TreeMap<>();
        for (ArticleClaims article : get(storyId).articles.values()) {
            for (ArticleClaimsMessage.Claim claim : article.claims()) {
                if (claim.entities() == null) {
                    continue;
                }
                claim.entities().stream()
                        .filter(e -> e != null && e.canonical() != null && !e.canonical().isBlank() && e.type() != null)
                        .map(e -> EntityIds.of(e.type(), e.canonical()))
                        .distinct()
                        .forEach(id -> mentions.merge(id, 1, Integer::sum));
            }
        }
        return mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .toList();
    }

    boolean has(String storyId) {
        return stories.containsKey(storyId);
    }

    void put(String storyId, Story story) {
        stories.put(storyId, story);
    }

    Story get(String storyId) {
        Story story = stories.get(storyId);
        if (story == null) {
            throw new IllegalStateException("Story " + storyId + " was not loaded into the batch");
        }
        return story;
    }

    Map<String, Story> all() {
        return stories;
    }
}
