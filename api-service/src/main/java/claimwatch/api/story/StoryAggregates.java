package claimwatch.api.story;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.claim.WriteBatch;

/**
 * Recounts the figures of the live stories a batch touched from their rows: articles, outlets, facts, conflicts,
 * reported span, last activity, title (of the earliest reported article) and the five entities most claims mention.
 */
@ApplicationScoped
public class StoryAggregates {

    private static final String REFRESH = """
            UPDATE story s SET article_count = x.articles, outlet_count = x.outlets, first_seen = x.first_seen, last_seen = x.last_seen,
                last_activity = x.last_activity,
                title = coalesce((SELECT coalesce(a.title, '') FROM article a WHERE a.story_id = s.id ORDER BY a.reported_at, a.id LIMIT 1), s.title),
                fact_count = (SELECT count(*) FROM fact f WHERE f.story_id = s.id),
                conflict_count = (SELECT count(*) FROM conflict c WHERE c.story_id = s.id),
                top_entities = coalesce((
                    SELECT jsonb_agg(jsonb_build_object('id', t.id, 'name', t.canonical, 'type', t.type, 'count', t.mentions)
                                     ORDER BY t.mentions DESC, t.id)
                    FROM (SELECT e.id, e.canonical, e.type, count(*) AS mentions
                          FROM article a JOIN claim_entity ce ON ce.article_id = a.id JOIN entity e ON e.id = ce.entity_id
                          WHERE a.story_id = s.id
                          GROUP BY e.id, e.canonical, e.type
                          ORDER BY mentions DESC, e.id LIMIT 5) t), '[]'::jsonb),
                updated_at = ?
            FROM (SELECT story_id, count(*) AS articles, count(DISTINCT outlet) AS outlets, min(reported_at) AS first_seen,
                         max(reported_at) AS last_seen, max(ingested_at) AS last_activity
                  FROM article WHERE story_id = ANY (?) GROUP BY story_id) x
            WHERE s.id = x.story_id AND s.merged_into IS NULL""";

    public void refresh(WriteBatch batch, Collection<String> storyIds) throws SQLException {
        if (storyIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update = batch.connection().prepareStatement(REFRESH)) {
            update.setObject(1, WriteBatch.utc(batch.now()));
            update.setArray(2, batch.connection().createArrayOf("varchar", storyIds.toArray()));
            update.executeUpdate();
        }
    }
}
