package claimwatch.testing;

/** A real Kafka broker for tests: a Testcontainers container where Docker runs, a local child process otherwise. */
public interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();

    static KafkaBroker start() {
        return TestInfrastructure.useContainers() ? ContainerKafkaBroker.start() : LocalKafkaBroker.start();
    }
}
