package claimwatch.testing;

import org.testcontainers.kafka.KafkaContainer;

final class ContainerKafkaBroker implements KafkaBroker {

    private final KafkaContainer container;

    private ContainerKafkaBroker(KafkaContainer container) {
        this.container = container;
    }

    static ContainerKafkaBroker start() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1");
        container.start();
        return new ContainerKafkaBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
