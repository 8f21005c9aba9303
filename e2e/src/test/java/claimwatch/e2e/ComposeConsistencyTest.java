package claimwatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot run here, so it is kept true to the services' own configuration by reading both. */
class ComposeConsistencyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, Object> COMPOSE = compose();
    private static final Pattern TOPIC_LOOP = Pattern.compile("for topic in ([^;]+);");
    private static final Pattern TOPIC_SPEC = Pattern.compile("([a-z][a-z-]*):(\\d+)");
    private static final Pattern DOCUMENTED_KEY = Pattern.compile("^#\\s*([a-z][a-z0-9.-]+)=");
    private static final Pattern DATABASE = Pattern.compile("jdbc:postgresql://[^/]+/([a-z_]+)");

    @Test
    void hasTheInfrastructureAndTheThreeServices() {
        assertTrue(services().keySet().containsAll(List.of("kafka", "postgres", "api-service", "extract-service", "ingest-service")),
                services().keySet().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "api-service", "extract-service", "ingest-service" })
    void servicePortIsTheConfiguredOneOnLoopback(String service) {
        String port = properties(service).getProperty("quarkus.http.port");
        assertEquals(port, String.valueOf(environment(service).get("QUARKUS_HTTP_PORT")));
        assertEquals(List.of("127.0.0.1:" + port + ":" + port), service(service).get("ports"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "api-service", "extract-service", "ingest-service" })
    void everyEnvironmentVariableSetsAPropertyTheServiceHas(String service) {
        Map<String, String> envToProperty = new HashMap<>();
        for (String key : declaredKeys(service)) {
            envToProperty.put(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), key);
        }
        for (String variable : environment(service).keySet()) {
            assertTrue(envToProperty.containsKey(variable), service + " has no property for " + variable);
        }
        assertTrue(environment(service).containsKey("KAFKA_BOOTSTRAP_SERVERS"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "api-service", "extract-service", "ingest-service" })
    void launcherGivesTheSameVariablesAsCompose(String service) throws Exception {
        Set<String> launcher = new TreeSet<>(launcherEnvironment(service).keySet());
        // Only the launcher binds to loopback; containers listen on their own network.
        assertTrue(launcher.remove("QUARKUS_HTTP_HOST"));
        assertEquals(new TreeSet<>(environment(service).keySet()), launcher);
    }

    @ParameterizedTest
    @ValueSource(strings = { "api-service", "extract-service", "ingest-service" })
    void imageIsBuiltFromAnExistingDockerfile(String service) {
        @SuppressWarnings("unchecked")
        Map<String, Object> build = (Map<String, Object>) service(service).get("build");
        assertTrue(Files.exists(ROOT.resolve((String) build.get("context")).resolve((String) build.get("dockerfile"))));
    }

    @Test
    void initCreatesExactlyTheTopicsTheServicesUse() {
        Set<String> used = new TreeSet<>();
        for (String service : List.of("api-service", "extract-service", "ingest-service")) {
            Properties properties = properties(service);
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                    used.add(properties.getProperty(key));
                }
            }
        }
        Set<String> created = new TreeSet<>();
        Matcher loop = TOPIC_LOOP.matcher(String.valueOf(service("kafka-init").get("command")));
        assertTrue(loop.find(), "kafka-init creates topics in a 'for topic in name:partitions ...;' loop");
        Matcher matcher = TOPIC_SPEC.matcher(loop.group(1));
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        assertEquals(Set.of("articles", "claims", "articles-dlq", "claims-dlq"), used);
        assertEquals(used, created);
    }

    @Test
    void everyDatabaseAServiceUsesIsCreated() throws IOException {
        String init = Files.readString(ROOT.resolve("deploy/compose/postgres-init.sql"));
        for (String service : List.of("api-service", "extract-service", "ingest-service")) {
            Object url = environment(service).get("QUARKUS_DATASOURCE_JDBC_URL");
            if (url != null) {
                Matcher database = DATABASE.matcher(url.toString());
                assertTrue(database.find(), url.toString());
                assertTrue(init.contains("CREATE DATABASE " + database.group(1)), database.group(1) + " is not created");
            }
        }
        assertTrue(environment("api-service").containsKey("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    /** What ./claimwatch passes to a service, from its own shell functions, with a throw-away state dir. */
    private static Map<String, String> launcherEnvironment(String service) throws IOException, InterruptedException {
        Path state = Files.createTempDirectory("claimwatch-state-");
        String script = "set -e; CW_ROOT=\"$1\"; for lib in common runtime kafka postgres services; do source \"$CW_ROOT/deploy/local/lib/$lib.sh\"; done; service_env \"$2\"";
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script, "bash", ROOT.toString(), service).redirectErrorStream(true);
        builder.environment().put("CLAIMWATCH_STATE_DIR", state.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        Map<String, String> environment = new HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            assertTrue(equals > 0, "not VAR=value: " + line);
            environment.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return environment;
    }

    /** Keys set in application.properties, and keys documented there in a comment ("# key=default  what it does"). */
    private static Set<String> declaredKeys(String service) {
        Set<String> keys = new TreeSet<>(properties(service).stringPropertyNames());
        try {
            Files.readAllLines(ROOT.resolve(service).resolve("src/main/resources/application.properties")).stream()
                    .map(DOCUMENTED_KEY::matcher)
                    .filter(Matcher::find)
                    .forEach(matcher -> keys.add(matcher.group(1)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static Properties properties(String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() {
        return (Map<String, Object>) COMPOSE.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        Map<String, Object> service = (Map<String, Object>) services().get(name);
        assertTrue(service != null, "no service " + name + " in docker-compose.yml");
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) service(service).getOrDefault("environment", Map.of());
    }

    private static Map<String, Object> compose() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
