package claimwatch.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A single-node KRaft broker from the Kafka jars on Maven Central, run as a child JVM on 127.0.0.1 with its own
 * data directory, so tests talk to the same broker code as production without Docker.
 */
public final class LocalKafkaBroker implements KafkaBroker {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final Path config;
    private final Path log;
    private final String classpath;
    private final String bootstrapServers;
    private final Thread shutdownHook;
    private volatile Process process;

    private LocalKafkaBroker(Path directory, Path config, Path log, String classpath, String bootstrapServers) {
        this.directory = directory;
        this.config = config;
        this.log = log;
        this.classpath = classpath;
        this.bootstrapServers = bootstrapServers;
        this.shutdownHook = new Thread(() -> {
            Process running = process;
            if (running != null) {
                running.destroyForcibly();
            }
        }, "kafka-broker-reaper");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a broker in a child JVM on free loopback ports, whether or not Docker is available. */
    public static LocalKafkaBroker start() {
        try {
            Path directory = Files.createTempDirectory("claimwatch-kafka-");
            int brokerPort = LocalProcesses.freeLoopbackPort();
            int controllerPort = LocalProcesses.freeLoopbackPort();
            Path config = directory.resolve("server.properties");
            Files.writeString(config, serverProperties(directory.resolve("data"), brokerPort, controllerPort));
            String classpath = brokerClasspath();
            Path log = directory.resolve("broker.log");
            run(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString()), classpath, log);
            LocalKafkaBroker broker = new LocalKafkaBroker(directory, config, log, classpath, "127.0.0.1:" + brokerPort);
            broker.resume();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local Kafka broker", e);
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker process, keeping its data and ports, as an outage would. */
    public void pause() {
        Process running = process;
        process = null;
        if (running == null) {
            return;
        }
        LocalProcesses.stop(running);
    }

    /** Starts the broker process again on the same ports and data, and waits until it answers. */
    public void resume() {
        if (process != null) {
            return;
        }
        try {
            process = java(List.of("kafka.Kafka", config.toString()), classpath, log).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local Kafka broker", e);
        }
        awaitReady(log);
    }

    @Override
    public void close() {
        pause();
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
        Directories.deleteQuietly(directory);
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (System.nanoTime() < deadline) {
            Process running = process;
            if (running == null || !running.isAlive()) {
                throw new IllegalStateException("The local Kafka broker exited at start:\n" + LocalProcesses.tail(log, 40));
            }
            try (Admin admin = Admin.create(adminConfig)) {
                if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception notYet) {
                LocalProcesses.sleep(200);
            }
        }
        close();
        throw new IllegalStateException("The local Kafka broker was not ready within " + STARTUP_TIMEOUT + ":\n" + LocalProcesses.tail(log, 40));
    }

    private static String serverProperties(Path data, int brokerPort, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + data,
                // Without replication factors of 1 a single broker cannot host the internal topics and consumers get nothing.
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "num.partitions=3",
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    private static String brokerClasspath() throws IOException {
        return resource("kafka-broker.classpath") + File.pathSeparator + resource("kafka-broker-shared.classpath");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LocalKafkaBroker.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name + ": build the testing module with ./mvnw");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    /** A random cluster id; never one starting with '-', which kafka-storage's argument parser reads as an option. */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private static void run(List<String> arguments, String classpath, Path log) throws IOException {
        Process process = java(arguments, classpath, log).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Kafka storage format failed:\n" + LocalProcesses.tail(log, 40));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
        }
    }

    private static ProcessBuilder java(List<String> arguments, String classpath, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.level=WARN", "-Dlog4j2.rootLogger.level=WARN",
                "-cp", classpath));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }



}
