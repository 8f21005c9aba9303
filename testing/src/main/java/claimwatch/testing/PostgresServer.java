package claimwatch.testing;

/** A real PostgreSQL server for tests: a Testcontainers container where Docker runs, embedded binaries otherwise. */
public interface PostgresServer extends AutoCloseable {

    /** JDBC URL of a database on this server, created empty if it does not exist. */
    String createDatabase(String name);

    String username();

    String password();

    @Override
    void close();

    static PostgresServer start() {
        return TestInfrastructure.useContainers() ? ContainerPostgresServer.start() : EmbeddedPostgresServer.start();
    }
}
