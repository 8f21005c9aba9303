package claimwatch.api.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.claim.WriteBatch;

/** The {@code story_feature} table: summed article features per story, and the candidate lookup over it. */
@ApplicationScoped
public class StoryFeatureStore {

    static final int MAX_CANDIDATES = 20;

    private static final String CANDIDATES = """
            SELECT sf.story_id FROM story_feature sf JOIN story s ON s.id = sf.story_id
            WHERE sf.feature = ANY (?) AND s.merged_into IS NULL AND s.first_seen <= ? AND s.last_seen >= ?
            GROUP BY sf.story_id ORDER BY count(*) DESC, sf.story_id LIMIT ?""";

    private static final String ADD = """
            INSERT INTO story_feature (story_id, feature, weight, last_seen) VALUES (?, ?, ?, ?)
            ON CONFLICT (story_id, feature) DO UPDATE SET weight = story_feature.weight + excluded.weight,
                last_seen = greatest(story_feature.last_seen, excluded.last_seen)""";

    private static final String MOVE = """
            INSERT INTO story_feature (story_id, feature, weight, last_seen) SELECT ?, feature, weight, last_seen FROM story_feature WHERE story_id = ?
            ON CONFLICT (story_id, feature) DO UPDATE SET weight = story_feature.weight + excluded.weight,
                last_seen = greatest(story_feature.last_seen, excluded.last_seen)""";

    /** Live stories sharing a lookup feature whose time span comes within {@code window} of {@code reportedAt}, most shared first. */
    public List<StoryProfile> candidates(Connection connection, Collection<String> lookup, Instant reportedAt, Duration window) throws SQLException {
        List<String> ids = new ArrayList<>();
        if (lookup.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement(CANDIDATES)) {
            select.setArray(1, connection.createArrayOf("text", lookup.toArray()));
            select.setObject(2, WriteBatch.utc(reportedAt.plus(window)));
            select.setObject(3, WriteBatch.utc(reportedAt.minus(window)));
            select.setInt(4, MAX_CANDIDATES);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids.isEmpty() ? List.of() : profiles(connection, ids);
    }

    private List<StoryProfile> profiles(Connection connection, List<String> ids) throws SQLException {
        Map<String, Map<String, Integer>> features = new LinkedHashMap<>();
        ids.forEach(id -> features.put(id, new TreeMap<>()));
        try (PreparedStatement select = connection.prepareStatement("SELECT story_id, feature, weight FROM story_feature WHERE story_id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    features.get(rows.getString(1)).put(rows.getString(2), rows.getInt(3));
                }
            }
        }
        Map<String, StoryProfile> profiles = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, first_seen, last_seen, article_count FROM story WHERE id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    profiles.put(id, new StoryProfile(id, rows.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                            rows.getObject(3, java.time.OffsetDateTime.class).toInstant(), rows.getInt(4), features.get(id)));
                }
            }
        }
        return ids.stream().map(profiles::get).toList();
    }

    public void add(Connection connection, String storyId, Map<String, Integer> features, Instant seen) throws SQLException {
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
    public void subtract(Connection connection, String storyId, Map<String, Integer> features) throws SQLException {
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

    public void move(Connection connection, String from, String to) throws SQLException {
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
