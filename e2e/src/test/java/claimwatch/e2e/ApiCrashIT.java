package claimwatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import claimwatch.testing.ReadModelTables;
import claimwatch.testing.KafkaBroker;
import claimwatch.testing.PostgresServer;
import claimwatch.testing.ServiceProcess;

/**
 * Kill -9 the api-service at random moments while it consumes a few thousand articles' claims, restart it each time,
 * and the database ends up exactly as an uninterrupted run of the same records leaves another one: every table row by
 * row and the event sequence, wall-clock columns aside. One partition, so both runs see the records in one order.
 */
class ApiCrashIT {

    private static final int RECORDS = 3000;
    private static final int KILLS = 4;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Test
    void afterKillsAndRestartsTheReadModelIsExactlyWhatAnUninterruptedRunStores() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("ApiCrashIT seed " + seed + " (rerun with -Dcrash.seed=" + seed + ")");
        Random random = new Random(seed);
        List<ClaimsFixture.Record> records = new ClaimsFixture("crash", Instant.parse("2024-03-01T06:00:00Z")).records(RECORDS);
        Set<String> articles = new HashSet<>();
        records.forEach(record -> articles.add(record.key()));

        try (KafkaBroker broker = KafkaBroker.start(); PostgresServer postgres = PostgresServer.start()) {
            ClaimsTopic topic = new ClaimsTopic(broker.bootstrapServers());
            topic.create(1);
            topic.send(records);
            String expected = postgres.createDatabase("crash_expected");
            String actual = postgres.createDatabase("crash_actual");

            try (ServiceProcess api = ServiceProcess.start("api-service", environment(broker, postgres, expected, "uninterrupted", 500))) {
                topic.awaitNoLag("uninterrupted", PATIENCE);
            }

            int killedMidway = 0;
            long stored = 0;
            for (int kill = 1; kill <= KILLS && stored < articles.size(); kill++) {
                // Each start polls batches of another size, so batch boundaries differ from the uninterrupted run's.
                ServiceProcess api = ServiceProcess.start("api-service", environment(broker, postgres, actual, "crashing", 20 + random.nextInt(480)));
                long before = stored;
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (stored == before && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    stored = ReadModelTables.count(actual, postgres.username(), postgres.password(), "SELECT count(*) FROM article");
                }
                Thread.sleep(random.nextInt(2500));
                stored = ReadModelTables.count(actual, postgres.username(), postgres.password(), "SELECT count(*) FROM article");
                api.kill();
                System.out.printf("kill %d: %d of %d articles stored%n", kill, stored, articles.size());
                killedMidway += stored > before && stored < articles.size() ? 1 : 0;
            }
            try (ServiceProcess api = ServiceProcess.start("api-service", environment(broker, postgres, actual, "crashing", 500))) {
                topic.awaitNoLag("crashing", PATIENCE);
            }
            assertTrue(killedMidway >= 2, "only " + killedMidway + " kills came after some and before all records were stored");

            Map<String, List<String>> want = ReadModelTables.read(expected, postgres.username(), postgres.password());
            Map<String, List<String>> got = ReadModelTables.read(actual, postgres.username(), postgres.password());
            assertEquals(articles.size(), want.get("article").size(), "the uninterrupted run stored every article");
            for (String table : want.keySet()) {
                assertSameRows(table, want.get(table), got.get(table));
            }
        }
    }

    private static void assertSameRows(String table, List<String> want, List<String> got) {
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertEquals(want.get(i), got.get(i), table + " row " + i);
        }
        assertEquals(want.size(), got.size(), table + " rows");
        System.out.printf("%s: %d rows equal%n", table, want.size());
    }

    private static Map<String, String> environment(KafkaBroker broker, PostgresServer postgres, String database, String group, int batch) {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", database,
                "QUARKUS_DATASOURCE_USERNAME", postgres.username(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "MP_MESSAGING_INCOMING_CLAIMS_GROUP_ID", group,
                // A killed consumer leaves the group when its session times out: 6 s (the broker's minimum), not 45.
                "JAVA_TOOL_OPTIONS", "-Dmp.messaging.incoming.claims.session.timeout.ms=6000 -Dmp.messaging.incoming.claims.heartbeat.interval.ms=1000"
                        + " -Dmp.messaging.incoming.claims.max.poll.records=" + batch);
    }
}
