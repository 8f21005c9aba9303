package claimwatch.api.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs the claim queries {@link ClaimSearch} builds: the rows as {@link ClaimItem}s, or the planner's count of them. */
@ApplicationScoped
class ClaimRows {

    private final DataSource dataSource;
    private final ObjectMapper json;

    ClaimRows(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    List<ClaimItem> query(String sql, List<Object> values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, values);
                ResultSet rows = statement.executeQuery()) {
            List<ClaimItem> claims = new ArrayList<>();
            while (rows.next()) {
                claims.add(item(rows));
            }
            return claims;
        } catch (SQLException e) {
            throw new IllegalStateException("Claim query failed: " + e.getMessage(), e);
        }
    }

    /**
     * The read model's generation: the highest event id ever written. Every transaction that changes claims, articles or
     * their stories appends events under the writer's lock (EventLog), so ids grow in commit order; ids pruned away are
     * remembered in event_retention. Read it before reading rows: rows read later are then at least as new as it says.
     */
    long generation() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT greatest((SELECT max(id) FROM event), (SELECT max(pruned_through) FROM event_retention), 0)");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the read model generation failed: " + e.getMessage(), e);
        }
    }

    /** How many rows PostgreSQL expects {@code SELECT 1 FROM claim c <where>} to give, from its statistics. */
    double estimate(SqlWhere where) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, "EXPLAIN (FORMAT JSON) SELECT 1 FROM claim c" + where.sql(), where.values());
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return json.readTree(rows.getString(1)).path(0).path("Plan").path("Plan Rows").asDouble();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Claim estimate failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof long[] numbers) {
                statement.setArray(i + 1, connection.createArrayOf("bigint", Arrays.stream(numbers).boxed().toArray()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    private static ClaimItem item(ResultSet rows) throws SQLException {
        String modality = rows.getString("modality");
        String entityIds = rows.getString("entity_ids");
        return new ClaimItem(rows.getString("id"), rows.getString("article_id"), rows.getString("story_id"),
                rows.getString("outlet"), rows.getObject("reported_at", OffsetDateTime.class).toInstant(),
                rows.getInt("sentence_index"), new ClaimItem.Span(rows.getInt("span_start"), rows.getInt("span_end")),
                rows.getString("text"), rows.getString("kind"),
                modality == null ? null : new ClaimItem.Modality(modality, rows.getString("modality_cue")),
                rows.getObject("checkworthiness", Float.class), rows.getString("attribution"), rows.getString("facets"),
                entityIds == null ? List.of() : List.of(entityIds.split(",")));
    }
}
