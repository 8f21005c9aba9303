package claimwatch.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real broker the test can stop and start again, to show what the application does while Kafka is down. Always
 * the local child-process broker, whose address survives a restart.
 */
public class PausableKafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile LocalKafkaBroker broker;

    /** The broker of the running test, to pause and resume. */
    public static LocalKafkaBroker broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        broker = LocalKafkaBroker.start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
