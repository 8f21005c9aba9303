package claimwatch.testing;

import org.testcontainers.postgresql.PostgreSQLContainer;

final class ContainerPostgresServer implements PostgresServer {

    private final PostgreSQLContainer container;

    private ContainerPostgresServer(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgresServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        return new ContainerPostgresServer(container);
    }

    @Override
    public String createDatabase(String name) {
        Databases.createIfMissing(container.getJdbcUrl(), username(), password(), name);
        return container.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void close() {
        container.stop();
    }
}
