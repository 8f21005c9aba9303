package claimwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The topic contracts under {@code contracts/} at the repository root: one JSON Schema and example messages per
 * topic. Producers check what they send against the schema; consumers read every example.
 */
public final class Contracts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Contracts() {
    }

    /** Schema violations of a message on a topic; empty when it conforms. */
    public static List<String> violations(String topic, String message) {
        try {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(topicDirectory(topic).resolve("schema.json")));
            return schema.validate(JSON.readTree(message)).stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example messages of a topic, file name to JSON text. */
    public static List<Example> examples(String topic) {
        try (Stream<Path> files = Files.list(topicDirectory(topic).resolve("examples"))) {
            List<Example> examples = files.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .map(Contracts::example)
                    .collect(Collectors.toList());
            if (examples.isEmpty()) {
                throw new IllegalStateException("No examples for topic " + topic);
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Example example(Path file) {
        try {
            return new Example(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path topicDirectory(String topic) {
        Path directory = root().resolve(topic);
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("No contract for topic " + topic + " under " + root());
        }
        return directory;
    }

    /** Walks up from the working directory (a module under the repository root) to {@code contracts/}. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("contracts");
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("mvnw"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("contracts/ not found above " + Path.of("").toAbsolutePath());
    }

    /** One example message of a topic. */
    public record Example(String name, String json) {
        @Override
        public String toString() {
            return name;
        }
    }
}
