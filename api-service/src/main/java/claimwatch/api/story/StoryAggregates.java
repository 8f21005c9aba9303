package claimwatch.api.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import claimwatch.api.claim.CustomPlans;
import claimwatch.api.claim.JsonText;
import claimwatch.api.claim.WriteBatch;

/**
 * Recounts the figures of the live stories a batch touched from their rows: articles, outlets, facts, conflicts,
 * reported span, last activity, title (of the earliest reported article) and the five entities most claims mention.
 */
@ApplicationScoped
public class StoryAggregates {

    private static final int TOP_ENTITIES = 5;

    private static final String REFRESH = """
            UPDATE story s SET article_count = x.articles, outlet_count = x.outlets, first_seen = x.first_seen, last_seen = x.last_seen,
                last_activity = x.last_activity,
                title = coalesce((SELECT coalesce(a.title, '') FROM article a WHERE a.story_id = s.id ORDER BY a.reported_at, a.id LIMIT 1), s.title),
                fact_count = (SELECT count(*) FROM fact f WHERE f.story_id = s.id),
                conflict_count = (SELECT count(*) FROM conflict c WHERE c.story_id = s.id),
                updated_at = ?
            FROM (SELECT story_id, count(*) AS articles, count(DISTINCT outlet) AS outlets, min(reported_at) AS first_seen,
                         max(reported_at) AS last_seen, max(ingested_at) AS last_activity
                  FROM article WHERE story_id = ANY (?) GROUP BY story_id) x
            WHERE s.id = x.story_id AND s.merged_into IS NULL""";

    private final ObjectMapper json;

    public StoryAggregates(ObjectMapper json) {
        this.json = json;
    }

    public void refresh(WriteBatch batch, Collection<String> storyIds) throws SQLException {
        if (storyIds.isEmpty()) {
            return;
        }
        Connection connection = batch.connection();
        try (PreparedStatement update = CustomPlans.prepare(connection, REFRESH)) {
            update.setObject(1, WriteBatch.utc(batch.now()));
            update.setArray(2, connection.createArrayOf("varchar", storyIds.toArray()));
            update.executeUpdate();
        }
        writeTopEntities(batch, storyIds);
    }

    // Counted from the stories' claims the batch holds in memory: a join over claim_entity per story costs more than the rest.
    private void writeTopEntities(WriteBatch batch, Collection<String> storyIds) throws SQLException {
        Map<String, List<Map.Entry<String, Integer>>> tops = new LinkedHashMap<>();
        Set<String> entityIds = new TreeSet<>();
        for (String storyId : storyIds) {
            List<Map.Entry<String, Integer>> top = batch.facts().topEntities(storyId, TOP_ENTITIES);
            tops.put(storyId, top);
            top.forEach(entry -> entityIds.add(entry.getKey()));
        }
        Connection connection = batch.connection();
        Map<String, String[]> names = new HashMap<>();
        try (PreparedStatement select = CustomPlans.prepare(connection, "SELECT id, canonical, type FROM entity WHERE id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", entityIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE story SET top_entities = ?::jsonb WHERE id = ? AND merged_into IS NULL")) {
            for (Map.Entry<String, List<Map.Entry<String, Integer>>> story : tops.entrySet()) {
                ArrayNode top = json.createArrayNode();
                for (Map.Entry<String, Integer> entity : story.getValue()) {
                    String[] name = names.get(entity.getKey());
                    top.addObject().put("id", entity.getKey()).put("name", name[0]).put("type", name[1]).put("count", entity.getValue());
                }
                update.setString(1, JsonText.write(json, top));
                update.setString(2, story.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
