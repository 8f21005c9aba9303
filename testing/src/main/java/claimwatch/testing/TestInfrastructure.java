package claimwatch.testing;

import org.testcontainers.DockerClientFactory;

/**
 * Chooses where test servers run. System property or env {@code CLAIMWATCH_TEST_INFRA}: {@code auto} (default:
 * containers when a Docker engine answers, local servers otherwise), {@code containers} or {@code local}.
 */
public final class TestInfrastructure {

    private static Boolean containers;

    private TestInfrastructure() {
    }

    public static synchronized boolean useContainers() {
        if (containers == null) {
            String choice = System.getProperty("claimwatch.test.infra", System.getenv().getOrDefault("CLAIMWATCH_TEST_INFRA", "auto"));
            containers = switch (choice) {
                case "containers" -> true;
                case "local" -> false;
                case "auto" -> dockerAvailable();
                default -> throw new IllegalArgumentException("claimwatch.test.infra must be auto, containers or local, was " + choice);
            };
        }
        return containers;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
