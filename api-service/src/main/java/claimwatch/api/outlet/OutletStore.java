package claimwatch.api.outlet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.claim.CustomPlans;
import claimwatch.api.claim.WriteBatch;

/**
 * The {@code outlet} table: every outlet ever seen keeps its row (the fact analysis and the cited-outlet matching
 * know outlets by it), and the figures of the outlets a batch touched are counted again from the rows.
 */
@ApplicationScoped
public class OutletStore {

    private static final String COUNT_ARTICLES = """
            INSERT INTO outlet (name, article_count, claim_count, story_count, first_seen, last_seen)
            SELECT a.outlet, count(*), coalesce(sum(a.claim_count), 0), count(DISTINCT a.story_id), min(a.reported_at), max(a.reported_at)
            FROM article a WHERE a.outlet = ANY (?) GROUP BY a.outlet
            ON CONFLICT (name) DO UPDATE SET article_count = excluded.article_count, claim_count = excluded.claim_count,
                story_count = excluded.story_count, first_seen = excluded.first_seen, last_seen = excluded.last_seen""";

    private static final String COUNT_FACTS = """
            UPDATE outlet o SET
                first_count = (SELECT count(*) FROM fact f WHERE f.first_outlet = o.name),
                alone_count = (SELECT count(*) FROM fact f WHERE f.first_outlet = o.name AND f.outlet_count = 1 AND f.status = 'single-source'),
                article_count = CASE WHEN EXISTS (SELECT 1 FROM article a WHERE a.outlet = o.name) THEN o.article_count ELSE 0 END,
                claim_count = CASE WHEN EXISTS (SELECT 1 FROM article a WHERE a.outlet = o.name) THEN o.claim_count ELSE 0 END,
                story_count = CASE WHEN EXISTS (SELECT 1 FROM article a WHERE a.outlet = o.name) THEN o.story_count ELSE 0 END
            WHERE o.name = ANY (?)""";

    public Set<String> names(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM outlet"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Outlets with an article in these stories: their first and alone counts may have changed with the stories' facts. */
    public Set<String> inStories(Connection connection, Collection<String> storyIds) throws SQLException {
        Set<String> names = new TreeSet<>();
        if (storyIds.isEmpty()) {
            return names;
        }
        try (PreparedStatement select = CustomPlans.prepare(connection, 
                "SELECT DISTINCT outlet FROM article WHERE story_id = ANY (?) AND outlet IS NOT NULL")) {
            select.setArray(1, connection.createArrayOf("varchar", storyIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    /** Counts the outlets' figures again; call after the batch's articles and facts are written. */
    public void recount(WriteBatch batch, Collection<String> outlets) throws SQLException {
        if (outlets.isEmpty()) {
            return;
        }
        Connection connection = batch.connection();
        for (String sql : new String[] {COUNT_ARTICLES, COUNT_FACTS}) {
            try (PreparedStatement update = CustomPlans.prepare(connection, sql)) {
                update.setArray(1, connection.createArrayOf("text", new TreeSet<>(outlets).toArray()));
                update.executeUpdate();
            }
        }
    }
}
