package claimwatch.api.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.claim.WriteBatch;

/**
 * The database side of story assignment: looks up candidate stories for an arriving article, asks the clusterer
 * where it goes, and starts, joins or merges stories accordingly. Runs under the writer's lock, one article at a
 * time, so each article sees the stories as the articles before it left them.
 */
@ApplicationScoped
public class StoryAssigner {

    private static final String START = """
            INSERT INTO story (id, title, article_count, outlet_count, first_seen, last_seen, last_activity, updated_at)
            VALUES (?, ?, 1, 1, ?, ?, ?, ?)""";

    private static final String JOIN = """
            UPDATE story SET article_count = article_count + 1, first_seen = least(first_seen, ?), last_seen = greatest(last_seen, ?),
                last_activity = greatest(last_activity, ?), updated_at = ?
            WHERE id = ? AND merged_into IS NULL""";

    private static final String ABSORB = """
            UPDATE story t SET article_count = t.article_count + m.article_count, first_seen = least(t.first_seen, m.first_seen),
                last_seen = greatest(t.last_seen, m.last_seen), last_activity = greatest(t.last_activity, m.last_activity)
            FROM story m WHERE t.id = ? AND m.id = ? AND m.merged_into IS NULL""";

    private static final String MERGED = """
            UPDATE story SET merged_into = ?, article_count = 0, outlet_count = 0, fact_count = 0, conflict_count = 0,
                top_entities = '[]', updated_at = ?
            WHERE id = ? AND merged_into IS NULL""";

    private static final String RESPAN = """
            UPDATE story s SET first_seen = x.first_seen, last_seen = x.last_seen, last_activity = x.last_activity
            FROM (SELECT min(reported_at) AS first_seen, max(reported_at) AS last_seen, max(ingested_at) AS last_activity
                  FROM article WHERE story_id = ?) x
            WHERE s.id = ? AND x.first_seen IS NOT NULL""";

    private final StoryFeatureStore features;
    private final StoryClusterer clusterer = new StoryClusterer();

    public StoryAssigner(StoryFeatureStore features) {
        this.features = features;
    }

    public StoryDecision decide(WriteBatch batch, ArticleFingerprint article) throws SQLException {
        List<StoryProfile> candidates = features.candidates(batch, clusterer.lookupFeatures(article), article.reportedAt(), clusterer.window());
        return clusterer.place(article, candidates);
    }

    /** The story the decision puts the article in: its own new story when it starts one. */
    public static String target(ArticleFingerprint article, StoryDecision decision) {
        return decision.startsStory() ? article.articleId() : decision.storyId();
    }

    /** Live stories other than the target that the decision merges away. */
    public static List<String> mergedAway(ArticleFingerprint article, StoryDecision decision) {
        LinkedHashSet<String> merged = new LinkedHashSet<>(decision.merged() == null ? List.of() : decision.merged());
        merged.remove(target(article, decision));
        return new ArrayList<>(merged);
    }

    /** Starts or joins the target story, merges the bridged stories into it and adds the article's features. */
    public List<String> apply(WriteBatch batch, ArticleFingerprint article, StoryDecision decision, Instant ingestedAt) throws SQLException {
        Connection connection = batch.connection();
        String target = target(article, decision);
        Instant reported = article.reportedAt();
        if (decision.startsStory()) {
            try (PreparedStatement insert = connection.prepareStatement(START)) {
                insert.setString(1, target);
                insert.setString(2, article.title() == null ? "" : article.title());
                insert.setObject(3, WriteBatch.utc(reported));
                insert.setObject(4, WriteBatch.utc(reported));
                insert.setObject(5, WriteBatch.utc(ingestedAt));
                insert.setObject(6, WriteBatch.utc(batch.now()));
                insert.executeUpdate();
            }
        } else {
            try (PreparedStatement update = connection.prepareStatement(JOIN)) {
                update.setObject(1, WriteBatch.utc(reported));
                update.setObject(2, WriteBatch.utc(reported));
                update.setObject(3, WriteBatch.utc(ingestedAt));
                update.setObject(4, WriteBatch.utc(batch.now()));
                update.setString(5, target);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("The clusterer chose story " + target + ", which is not a live story");
                }
            }
        }
        List<String> merged = new ArrayList<>();
        for (String away : mergedAway(article, decision)) {
            if (merge(batch, away, target)) {
                merged.add(away);
            }
        }
        features.add(batch, target, article.features(), reported);
        batch.touchStory(target);
        return merged;
    }

    /** A replaced article keeps its story; its reported time may have moved, and with it the story's span. */
    public void respan(Connection connection, String storyId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(RESPAN)) {
            update.setString(1, storyId);
            update.setString(2, storyId);
            update.executeUpdate();
        }
    }

    private boolean merge(WriteBatch batch, String away, String target) throws SQLException {
        Connection connection = batch.connection();
        try (PreparedStatement absorb = connection.prepareStatement(ABSORB)) {
            absorb.setString(1, target);
            absorb.setString(2, away);
            if (absorb.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement mark = connection.prepareStatement(MERGED)) {
            mark.setString(1, target);
            mark.setObject(2, WriteBatch.utc(batch.now()));
            mark.setString(3, away);
            mark.executeUpdate();
        }
        update(connection, "UPDATE story SET merged_into = ? WHERE merged_into = ?", target, away);
        update(connection, "UPDATE article SET story_id = ? WHERE story_id = ?", target, away);
        features.move(batch, away, target);
        batch.touchStory(away);
        return true;
    }

    private static void update(Connection connection, String sql, String target, String away) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, target);
            update.setString(2, away);
            update.executeUpdate();
        }
    }
}
