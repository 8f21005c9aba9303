package claimwatch.api.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.claim.CustomPlans;
import claimwatch.api.claim.WriteBatch;

/**
 * The {@code story_feature} table: summed article features per story, and the candidate lookup over it. The features
 * of stories a batch has looked at are kept for the rest of the batch and updated with it, so each is read once.
 */
@ApplicationScoped
public class StoryFeatureStore {

    static final int MAX_CANDIDATES = 20;

    // A story is a candidate when it saw one of the lookup features within the window before the article and its span
    // comes within the window. The features are matched first, through the feature index (feature, last_seen), and each
    // story they name is then looked up by its key (OFFSET 0 keeps that lookup a subquery). Left to itself PostgreSQL
    // may start from the live stories, or hash the story table, whenever its statistics lag behind a growing table.
    private static final String CANDIDATES = """
            WITH hit AS MATERIALIZED (
                SELECT story_id, count(*) AS shared FROM story_feature WHERE feature = ANY (?) AND last_seen >= ? GROUP BY story_id)
            SELECT h.story_id, s.first_seen, s.last_seen, s.article_count
            FROM hit h CROSS JOIN LATERAL (
                SELECT first_seen, last_seen, article_count, merged_into FROM story WHERE id = h.story_id OFFSET 0) s
            WHERE s.merged_into IS NULL AND s.first_seen <= ? AND s.last_seen >= ?
            ORDER BY h.shared DESC, h.story_id LIMIT ?""";

    // One statement per article whatever its number of features (unnest), rather than a batch the driver splits in several.
    private static final String ADD = """
            INSERT INTO story_feature (story_id, feature, weight, last_seen)
            SELECT ?, f.feature, f.weight, ? FROM unnest(?::text[], ?::int[]) AS f (feature, weight)
            ON CONFLICT (story_id, feature) DO UPDATE SET weight = story_feature.weight + excluded.weight,
                last_seen = greatest(story_feature.last_seen, excluded.last_seen)""";

    private static final String MOVE = """
            INSERT INTO story_feature (story_id, feature, weight, last_seen) SELECT ?, feature, weight, last_seen FROM story_feature WHERE story_id = ?
            ON CONFLICT (story_id, feature) DO UPDATE SET weight = story_feature.weight + excluded.weight,
                last_seen = greatest(story_feature.last_seen, excluded.last_seen)""";

    /** Live stories that saw a lookup feature within {@code window} before {@code reportedAt} and whose span comes within it, most shared first. */
    public List<StoryProfile> candidates(WriteBatch batch, Collection<String> lookup, Instant reportedAt, Duration window) throws SQLException {
        if (lookup.isEmpty()) {
            return List.of();
        }
        Connection connection = batch.connection();
        List<StoryProfile> profiles = new ArrayList<>();
        try (PreparedStatement select = CustomPlans.prepare(connection, CANDIDATES)) {
            select.setArray(1, connection.createArrayOf("text", lookup.toArray()));
            select.setObject(2, WriteBatch.utc(reportedAt.minus(window)));
            select.setObject(3, WriteBatch.utc(reportedAt.plus(window)));
            select.setObject(4, WriteBatch.utc(reportedAt.minus(window)));
            select.setInt(5, MAX_CANDIDATES);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    profiles.add(new StoryProfile(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getInt(4), null));
                }
            }
        }
        Map<String, Map<String, Integer>> features = batch.storyFeatures();
        List<String> missing = profiles.stream().map(StoryProfile::storyId).filter(id -> !features.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(id -> features.put(id, new TreeMap<>()));
            try (PreparedStatement select = CustomPlans.prepare(connection, "SELECT story_id, feature, weight FROM story_feature WHERE story_id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("varchar", missing.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        features.get(rows.getString(1)).put(rows.getString(2), rows.getInt(3));
                    }
                }
            }
        }
        return profiles.stream().map(p -> new StoryProfile(p.storyId(), p.firstSeen(), p.lastSeen(), p.articleCount(),
                Collections.unmodifiableMap(features.get(p.storyId())))).toList();
    }

    public void add(WriteBatch batch, String storyId, Map<String, Integer> features, Instant seen) throws SQLException {
        Map<String, Integer> cached = batch.storyFeatures().get(storyId);
        if (cached != null) {
            features.forEach((feature, weight) -> cached.merge(feature, weight, Integer::sum));
        }
        if (features.isEmpty()) {
            return;
        }
        Connection connection = batch.connection();
        TreeMap<String, Integer> sorted = new TreeMap<>(features);
        try (PreparedStatement upsert = connection.prepareStatement(ADD)) {
            upsert.setString(1, storyId);
            upsert.setObject(2, WriteBatch.utc(seen));
            upsert.setArray(3, connection.createArrayOf("text", sorted.keySet().toArray()));
            upsert.setArray(4, connection.createArrayOf("int4", sorted.values().toArray()));
            upsert.executeUpdate();
        }
    }

    /** Takes a replaced article's old features back out of its story. */
    public void subtract(WriteBatch batch, String storyId, Map<String, Integer> features) throws SQLException {
        batch.storyFeatures().remove(storyId);
        Connection connection = batch.connection();
        TreeMap<String, Integer> sorted = new TreeMap<>(features);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE story_feature sf SET weight = sf.weight - f.weight FROM unnest(?::text[], ?::int[]) AS f (feature, weight)
                WHERE sf.story_id = ? AND sf.feature = f.feature""")) {
            update.setArray(1, connection.createArrayOf("text", sorted.keySet().toArray()));
            update.setArray(2, connection.createArrayOf("int4", sorted.values().toArray()));
            update.setString(3, storyId);
            update.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM story_feature WHERE story_id = ? AND weight <= 0")) {
            delete.setString(1, storyId);
            delete.executeUpdate();
        }
    }

    public void move(WriteBatch batch, String from, String to) throws SQLException {
        batch.storyFeatures().remove(from);
        batch.storyFeatures().remove(to);
        Connection connection = batch.connection();
        try (PreparedStatement insert = connection.prepareStatement(MOVE)) {
            insert.setString(1, to);
            insert.setString(2, from);
            insert.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM story_feature WHERE story_id = ?")) {
            delete.setString(1, from);
            delete.executeUpdate();
        }
    }
}
