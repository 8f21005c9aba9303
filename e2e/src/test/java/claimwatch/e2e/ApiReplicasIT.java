package claimwatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import claimwatch.testing.SseClient;
import claimwatch.testing.KafkaBroker;
import claimwatch.testing.PostgresServer;
import claimwatch.testing.ServiceProcess;

/**
 * Two api-service processes on one database and one broker: a stream client on either replica sees every event, in
 * the same order with the same ids, and a client that drops off one replica resumes on the other without a gap.
 */
class ApiReplicasIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<AutoCloseable> started = new ArrayList<>();
    private static PostgresServer postgres;
    private static String database;
    private static ServiceProcess first;
    private static ServiceProcess second;

    @BeforeAll
    static void startTwoReplicas() {
        KafkaBroker broker = remember(KafkaBroker.start());
        postgres = remember(PostgresServer.start());
        database = postgres.createDatabase("claimwatch_api");
        Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", database,
                "QUARKUS_DATASOURCE_USERNAME", postgres.username(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        try {
            first = remember(ServiceProcess.start("api-service", environment));
            second = remember(ServiceProcess.start("api-service", environment));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    @Test
    void everyClientOnEveryReplicaSeesEveryEventAndResumesOnTheOther() throws Exception {
        List<Long> ids = new ArrayList<>();
        List<Long> onFirst = new ArrayList<>();
        try (SseClient a = SseClient.connect(first.uri("/api/stream"), Map.of());
                SseClient b = SseClient.connect(second.uri("/api/stream"), Map.of())) {
            for (int transaction = 0; transaction < 8; transaction++) {
                ids.addAll(insert(5));
            }
            List<Long> onSecond = ids(b.take(40, WAIT));
            onFirst.addAll(ids(a.take(20, WAIT)));
            assertEquals(ids, onSecond, "replica 2 sees all 40 events in commit order");
            assertEquals(ids.subList(0, 20), onFirst, "replica 1 too");
        }
        // The client on replica 1 dropped after 20 events; more events come meanwhile; it reconnects to replica 2.
        for (int transaction = 0; transaction < 4; transaction++) {
            ids.addAll(insert(5));
        }
        long last = onFirst.get(onFirst.size() - 1);
        try (SseClient resumed = SseClient.connect(second.uri("/api/stream"), Map.of("Last-Event-ID", Long.toString(last)))) {
            List<Long> rest = ids(resumed.take(40, WAIT));
            assertEquals(ids.subList(20, 60), rest, "exactly the events after the last one seen: no duplicate, no gap");
            assertNull(resumed.next(Duration.ofMillis(800)));
            ids.addAll(insert(3));
            assertEquals(ids.subList(60, 63), ids(resumed.take(3, WAIT)), "and live from there");
        }
        try (SseClient back = SseClient.connect(first.uri("/api/stream?lastEventId=" + ids.get(58)), Map.of())) {
            assertEquals(ids.subList(59, 63), ids(back.take(4, WAIT)), "and back on replica 1 with the query parameter");
        }
    }

    /** Inserts events as the write path does: under the writers' lock, in one transaction. */
    private static List<Long> insert(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database, postgres.username(), postgres.password())) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(5150)");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO event (type, story_id, payload) VALUES ('claims', 'story-1', ?::jsonb) RETURNING id")) {
                lock.execute();
                for (int i = 0; i < count; i++) {
                    insert.setString(1, "{\"articleId\": \"a" + i + "\", \"storyId\": \"story-1\", \"claimCount\": " + i + ", \"extractorVersion\": 1}");
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        ids.add(rows.getLong(1));
                    }
                }
            }
            connection.commit();
        }
        return ids;
    }

    private static List<Long> ids(List<SseClient.Event> events) {
        return events.stream().map(event -> Long.parseLong(event.id())).toList();
    }

    private static <T extends AutoCloseable> T remember(T resource) {
        started.add(resource);
        return resource;
    }
}
