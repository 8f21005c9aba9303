import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Creates a login role and the databases it owns on a PostgreSQL server, skipping what exists.
 *
 * <p>Usage: {@code java -cp "LIB/*" CreateDatabases.java ADMIN_JDBC_URL ADMIN_USER ROLE ROLE_PASSWORD DATABASE...};
 * the admin password, if any, comes from the environment variable CLAIMWATCH_DB_PASSWORD so it stays
 * out of the process list. Exit code 3 means the server could not be reached or refused the login.
 */
public class CreateDatabases {

    private static final int CONNECT_ATTEMPTS = 5;

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: CreateDatabases ADMIN_JDBC_URL ADMIN_USER ROLE ROLE_PASSWORD DATABASE...");
            System.exit(2);
        }
        String url = args[0];
        String adminUser = args[1];
        String role = args[2];
        String rolePassword = args[3];
        List<String> databases = Arrays.asList(args).subList(4, args.length);

        try (Connection connection = connect(url, adminUser)) {
            ensureRole(connection, role, rolePassword);
            for (String database : databases) {
                ensureDatabase(connection, database, role);
            }
        } catch (SQLException e) {
            System.err.println("PostgreSQL at " + url + " (user " + adminUser + ") failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Connection connect(String url, String user) throws InterruptedException {
        Properties props = new Properties();
        props.setProperty("user", user);
        String password = System.getenv("CLAIMWATCH_DB_PASSWORD");
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        props.setProperty("ApplicationName", "claimwatch-launcher");
        for (int attempt = 1; ; attempt++) {
            try {
                return DriverManager.getConnection(url, props);
            } catch (SQLException e) {
                String state = e.getSQLState() == null ? "" : e.getSQLState();
                // 08xxx: no connection yet; 57P03: the server is still starting up.
                boolean retryable = state.startsWith("08") || state.equals("57P03");
                if (retryable && attempt < CONNECT_ATTEMPTS) {
                    Thread.sleep(1000);
                    continue;
                }
                System.err.println("cannot connect to PostgreSQL at " + url + " as " + user + ": " + e.getMessage());
                System.err.println(state.startsWith("28")
                        ? "check CLAIMWATCH_DB_USER and CLAIMWATCH_DB_PASSWORD"
                        : "is the server running and accepting TCP connections there? check CLAIMWATCH_DB_URL");
                System.exit(3);
            }
        }
    }

    private static void ensureRole(Connection connection, String role, String password) throws SQLException {
        if (exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            System.out.println("role " + role + " exists");
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + identifier(role) + " LOGIN PASSWORD " + literal(password));
        }
        System.out.println("role " + role + " created");
    }

    private static void ensureDatabase(Connection connection, String database, String owner) throws SQLException {
        if (exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
            System.out.println("database " + database + " exists");
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(owner));
        }
        System.out.println("database " + database + " created");
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    // DDL takes no bind parameters, so names and the password are quoted here.
    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
