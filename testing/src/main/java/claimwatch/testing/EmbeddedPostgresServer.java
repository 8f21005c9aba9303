package claimwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL binaries from Maven Central, started in a fresh temporary cluster for this test run. The system
 * property {@code claimwatch.postgres.config} adds server settings, {@code name=value} separated by {@code ;}
 * (benchmarks load {@code pg_stat_statements} or {@code auto_explain} with it).
 */
final class EmbeddedPostgresServer implements PostgresServer {

    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            for (String setting : System.getProperty("claimwatch.postgres.config", "").split(";")) {
                int equals = setting.indexOf('=');
                if (equals > 0) {
                    builder.setServerConfig(setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
                }
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    @Override
    public String createDatabase(String name) {
        Databases.createIfMissing(jdbcUrl("postgres"), SUPERUSER, password(), name);
        return jdbcUrl(name);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    @Override
    public String username() {
        return SUPERUSER;
    }

    @Override
    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }
}
