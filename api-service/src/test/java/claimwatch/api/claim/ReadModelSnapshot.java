package claimwatch.api.claim;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/** Every row of the read model as text, without wall-clock columns, to compare two states of the database. */
final class ReadModelSnapshot {

    private static final Map<String, String> TABLES = new LinkedHashMap<>();
    private static final Set<String> WALL_CLOCK = Set.of("updated_at", "created_at");

    static {
        TABLES.put("article", "id");
        TABLES.put("claim", "id");
        TABLES.put("claim_entity", "claim_id, entity_id");
        TABLES.put("entity", "id");
        TABLES.put("story", "id");
        TABLES.put("story_feature", "story_id, feature");
        TABLES.put("fact", "id");
        TABLES.put("conflict", "id");
        TABLES.put("outlet", "name");
    }

    private ReadModelSnapshot() {
    }

    static Map<String, List<String>> take(DataSource dataSource) throws SQLException {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                snapshot.put(table.getKey(), rows(statement, "SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue()));
            }
            snapshot.put("event", rows(statement, "SELECT type, story_id, payload FROM event ORDER BY id"));
        }
        return snapshot;
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    if (!WALL_CLOCK.contains(meta.getColumnName(column))) {
                        row.append(meta.getColumnName(column)).append('=').append(result.getString(column)).append(' ');
                    }
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
