package claimwatch.api.fact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.api.claim.CustomPlans;
import claimwatch.api.claim.JsonText;
import claimwatch.api.claim.WriteBatch;

/** The {@code fact} and {@code conflict} rows of the stories a batch touched, replaced by their last analysis. */
@ApplicationScoped
public class FactRows {

    private static final String INSERT_FACT = """
            INSERT INTO fact (id, story_id, position, slot, status, outlet_count, first_outlet, first_article_id, first_reported_at, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json)""";

    private final ObjectMapper json;

    public FactRows(ObjectMapper json) {
        this.json = json;
    }

    /** Replaces the stored facts and conflicts of every story the batch touched with its last analysis. */
    public void write(WriteBatch batch) throws SQLException {
        Map<String, StoryFacts.Story> stories = batch.facts().all();
        if (stories.isEmpty()) {
            return;
        }
        Connection connection = batch.connection();
        Object[] ids = stories.keySet().toArray();
        for (String table : List.of("fact", "conflict")) {
            try (PreparedStatement delete = CustomPlans.prepare(connection, "DELETE FROM " + table + " WHERE story_id = ANY (?)")) {
                delete.setArray(1, connection.createArrayOf("varchar", ids));
                delete.executeUpdate();
            }
        }
        try (PreparedStatement facts = connection.prepareStatement(INSERT_FACT);
                PreparedStatement conflicts = connection.prepareStatement(
                        "INSERT INTO conflict (id, story_id, position, slot, body) VALUES (?, ?, ?, ?, ?::json)")) {
            for (Map.Entry<String, StoryFacts.Story> entry : stories.entrySet()) {
                addFacts(facts, entry.getKey(), entry.getValue().facts);
                List<Conflict> stored = entry.getValue().conflicts;
                for (int position = 0; position < stored.size(); position++) {
                    Conflict conflict = stored.get(position);
                    conflicts.setString(1, conflict.id());
                    conflicts.setString(2, entry.getKey());
                    conflicts.setInt(3, position);
                    conflicts.setString(4, conflict.slot());
                    conflicts.setString(5, JsonText.write(json, conflict));
                    conflicts.addBatch();
                }
            }
            facts.executeBatch();
            conflicts.executeBatch();
        }
    }

    private void addFacts(PreparedStatement insert, String storyId, List<Fact> facts) throws SQLException {
        for (int position = 0; position < facts.size(); position++) {
            Fact fact = facts.get(position);
            FirstReport first = fact.firstReportedBy();
            insert.setString(1, fact.id());
            insert.setString(2, storyId);
            insert.setInt(3, position);
            insert.setString(4, fact.slot());
            insert.setString(5, fact.status());
            insert.setInt(6, fact.outletCount());
            insert.setString(7, first == null ? null : first.outlet());
            insert.setString(8, first == null ? null : first.articleId());
            if (first == null || first.publishedAt() == null) {
                insert.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                insert.setObject(9, WriteBatch.utc(first.publishedAt()));
            }
            insert.setString(10, JsonText.write(json, fact));
            insert.addBatch();
        }
    }
}
