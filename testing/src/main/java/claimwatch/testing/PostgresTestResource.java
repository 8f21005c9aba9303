package claimwatch.testing;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a real PostgreSQL server for a {@code @QuarkusTest} and gives the application a fresh database. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;

    @Override
    public Map<String, String> start() {
        server = PostgresServer.start();
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.createDatabase(database),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
