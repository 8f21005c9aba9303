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

import claimwatch.api.claim.WriteBatch;

/**
 * The {@code story_feature} table: summed article features per story, and the candidate lookup over it. The features
 * of stories a batch has looked at are kept for the rest of the batch and updated with it, so each is read once.
 */
@ApplicationScoped
public class StoryFeatureStore {

    static final int MAX_CANDIDATES = 20;

    // A story is a candidate when it saw one of the lookup features within the window before the article and its span
    // comes within the window; the feature index (feature, last_seen) keeps this cheap for features many stories share.
    // A story is a candidate when it saw one of the lookup features within the window before the article and its span
    // comes within the window; the feature index (feature, last_seen) keeps this cheap for features many stories share.
    private static final String CANDIDATES = """
            WITH candidate AS (
                SELECT sf.story_id, count(*) AS shared FROM story_feature sf JOIN story s ON s.id = sf.story_id
                WHERE sf.feature = ANY (?) AND sf.last_seen >= ? AND s.merged_into IS NULL AND s.first_seen <= ? AND s.last_seen >= ?
                GROUP BY sf.story_id ORDER BY shared DESC, sf.story_id LIMIT ?)
            SELECT c.story_id, s.first_seen, s.last_seen, s.article_count
            FROM candidate c JOIN story s ON s.id = c.story_id
            ORDER BY c.shared DESC, c.story_id""";

    private static final String ADD = """
            INSERT INTO story_feature (story_id, feature, weight, last_seen) VALUES (?, ?, ?, ?)
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
        try (PreparedStatement select = connection.prepareStatement(CANDIDATES)) {
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
            try (PreparedStatement select = connection.prepareStatement("SELECT story_id, feature, weight FROM story_feature WHERE story_id = ANY (?)")) {
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
        Connection connection = batch.connection();
        try (PreparedStatement upsert = connection.prepareStatement(ADD)) {
            for (Map.Entry<String, Integer> feature : new TreeMap<>(features).entrySet()) {
                upsert.setString(1, storyId);
                upsert.setString(2, feature.getKey());
                upsert.setInt(3, feature.getValue());
                upsert.setObject(4, WriteBatch.utc(seen));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Takes a replaced article's old features back out of its story. */
    public void subtract(WriteBatch batch, String storyId, Map<String, Integer> features) throws SQLException {
        batch.storyFeatures().remove(storyId);
        Connection connection = batch.connection();
        try (PreparedStatement update = connection.prepareStatement("UPDATE story_feature SET weight = weight - ? WHERE story_id = ? AND feature = ?")) {
            for (Map.Entry<String, Integer> feature : new TreeMap<>(features).entrySet()) {
                update.setInt(1, feature.getValue());
                update.setString(2, storyId);
                update.setString(3, feature.getKey());
                update.addBatch();
            }
            update.executeBatch();
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
