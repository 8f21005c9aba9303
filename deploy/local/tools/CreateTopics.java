import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the Kafka topics that are missing, leaving existing ones as they are.
 *
 * <p>Usage: {@code java -cp "LIB/*" CreateTopics.java BOOTSTRAP NAME:PARTITIONS...}
 */
public class CreateTopics {

    private static final Duration WAIT_FOR_BROKER = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CreateTopics BOOTSTRAP NAME:PARTITIONS...");
            System.exit(2);
        }
        Map<String, Integer> wanted = parseTopics(args);
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = listTopics(admin, args[0]);
            List<NewTopic> missing = new ArrayList<>();
            wanted.forEach((name, partitions) -> {
                if (existing.contains(name)) {
                    System.out.println("topic " + name + " exists");
                } else {
                    missing.add(new NewTopic(name, partitions, (short) 1));
                }
            });
            for (NewTopic topic : missing) {
                create(admin, topic);
            }
        }
    }

    private static Map<String, Integer> parseTopics(String[] args) {
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] parts = args[i].split(":", 2);
            topics.put(parts[0], parts.length == 2 ? Integer.parseInt(parts[1]) : 1);
        }
        return topics;
    }

    // The broker may still be electing its controller right after its port opens.
    private static Set<String> listTopics(Admin admin, String bootstrap) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT_FOR_BROKER);
        while (true) {
            try {
                return admin.listTopics().names().get();
            } catch (ExecutionException e) {
                if (Instant.now().isAfter(deadline)) {
                    System.err.println("cannot reach Kafka at " + bootstrap + " within "
                            + WAIT_FOR_BROKER.toSeconds() + " s: " + e.getCause());
                    System.exit(3);
                }
                Thread.sleep(1000);
            }
        }
    }

    private static void create(Admin admin, NewTopic topic) throws InterruptedException {
        try {
            admin.createTopics(List.of(topic)).all().get();
            System.out.println("topic " + topic.name() + " created (" + topic.numPartitions() + " partitions)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                System.out.println("topic " + topic.name() + " exists");
                return;
            }
            System.err.println("cannot create topic " + topic.name() + ": " + e.getCause());
            System.exit(1);
        }
    }
}
