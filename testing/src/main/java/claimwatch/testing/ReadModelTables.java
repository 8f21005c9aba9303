package claimwatch.testing;

import java.sql.Connection;
import java.sql.DriverManager;
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

/**
 * Every row of the api-service read model as text, without wall-clock columns (updated_at, created_at, event ids), to
 * compare two states of the database exactly.
 */
public final class ReadModelTables {

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

    private ReadModelTables() {
    }

    public static Map<String, List<String>> read(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            return read(connection);
        }
    }

    public static Map<String, List<String>> read(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        }
    }

    private static Map<String, List<String>> read(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                tables.put(table.getKey(), rows(statement, "SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue()));
            }
            tables.put("event", rows(statement, "SELECT type, story_id, payload FROM event ORDER BY id"));
        }
        return tables;
    }

    public static long count(String jdbcUrl, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            // Before the service has migrated the database the tables are not there yet.
            if ("42P01".equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
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
