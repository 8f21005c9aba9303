package claimwatch.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import claimwatch.testing.ReadModelTables;
import claimwatch.testing.KafkaBroker;
import claimwatch.testing.PostgresServer;

/**
 * Claims ingest throughput of the packaged api-service: starts a local broker and PostgreSQL, puts N realistic claims
 * records (ClaimsFixture) on {@code claims}, starts the service (default JVM flags) and measures stored claims per
 * second from the first committed batch to the last. Run from the e2e directory after packaging api-service:
 *
 * <pre>
 * ./mvnw -q -B -o -pl testing,api-service install -DskipTests
 * ./mvnw -q -B -o -pl e2e test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * cd e2e && java -cp "target/test-classes:$(cat target/test-classpath.txt)" claimwatch.e2e.ClaimsIngestBenchmark 10000 3
 * </pre>
 * Arguments: records (default 10000), partitions of {@code claims} (default 3). System property {@code bench.apiJvmArgs}: extra
 * JVM options for the api-service, space-separated (for example {@code -XX:StartFlightRecording=filename=target/api.jfr}).
 * With {@code -Dclaimwatch.postgres.config=shared_preload_libraries=pg_stat_statements} it also prints the statements
 * that took the most PostgreSQL time.
 */
public final class ClaimsIngestBenchmark {

    private ClaimsIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<ClaimsFixture.Record> records = new ClaimsFixture("bench-" + System.nanoTime(), Instant.parse("2024-01-01T06:00:00Z")).records(count);
        Set<String> articles = new HashSet<>();
        records.forEach(record -> articles.add(record.key()));
        long claimsInRecords = records.stream().mapToLong(ClaimsFixture.Record::claims).sum();

        try (KafkaBroker broker = KafkaBroker.start(); PostgresServer postgres = PostgresServer.start()) {
            ClaimsTopic topic = new ClaimsTopic(broker.bootstrapServers());
            topic.create(partitions);
            long produceStart = System.nanoTime();
            topic.send(records);
            System.out.printf("produced %d records (%d articles, %d claims) in %.1f s%n", records.size(), articles.size(), claimsInRecords,
                    (System.nanoTime() - produceStart) / 1e9);
            String database = postgres.createDatabase("bench_api");
            Process api = start(broker, postgres, database);
            try {
                String articleCount = "SELECT count(*) FROM article";
                long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
                while (ReadModelTables.count(database, postgres.username(), postgres.password(), articleCount) == 0) {
                    check(api, deadline);
                    Thread.sleep(20);
                }
                long firstAt = System.nanoTime();
                Cpu cpuAtFirst = Cpu.now(api, database);
                long claimsAtFirst = claims(database, postgres);
                long articlesAtFirst = ReadModelTables.count(database, postgres.username(), postgres.password(), articleCount);
                long halfAt = 0;
                long claimsAtHalf = 0;
                // The consumer's lag is watched, not the tables: counting rows every 100 ms would add PostgreSQL time to the figure.
                while (true) {
                    check(api, deadline);
                    long lag = topic.lag("api-service");
                    if (halfAt == 0 && lag <= records.size() / 2) {
                        halfAt = System.nanoTime();
                        claimsAtHalf = claims(database, postgres);
                    }
                    if (lag == 0 && ReadModelTables.count(database, postgres.username(), postgres.password(), articleCount) >= articles.size()) {
                        break;
                    }
                    Thread.sleep(lag == 0 ? 20 : 100);
                }
                long doneAt = System.nanoTime();
                double seconds = (doneAt - firstAt) / 1e9;
                Cpu cpu = Cpu.now(api, database).minus(cpuAtFirst);
                long claimsStored = claims(database, postgres) - claimsAtFirst;
                long articlesStored = articles.size() - articlesAtFirst;
                System.out.printf("stored %d articles and %d claims after the first batch in %.1f s: %.0f claims/s, %.0f articles/s%n",
                        articlesStored, claimsStored, seconds, claimsStored / seconds, articlesStored / seconds);
                if (halfAt > 0) {
                    // The second half runs on a warmed-up JVM (the JIT compiles much of the first half's hot code meanwhile).
                    System.out.printf("second half (warm JVM): %.0f claims/s%n", (claims(database, postgres) - claimsAtHalf) / ((doneAt - halfAt) / 1e9));
                }
                System.out.printf("CPU meanwhile: api-service %.1f s, PostgreSQL %.1f s: %.0f claims per CPU-second of the two%n",
                        cpu.service(), cpu.database(), claimsStored / (cpu.service() + cpu.database()));
                System.out.printf("events %d, stories %d, facts %d%n",
                        ReadModelTables.count(database, postgres.username(), postgres.password(), "SELECT count(*) FROM event"),
                        ReadModelTables.count(database, postgres.username(), postgres.password(), "SELECT count(*) FROM story WHERE merged_into IS NULL"),
                        ReadModelTables.count(database, postgres.username(), postgres.password(), "SELECT count(*) FROM fact"));
                if (System.getProperty("claimwatch.postgres.config", "").contains("pg_stat_statements")) {
                    printTopStatements(database, postgres);
                }
            } finally {
                api.destroy();
                api.waitFor();
            }
        }
    }

    /** CPU seconds used so far by the api-service process and by the PostgreSQL server on the database's port (postmaster and backends). */
    private record Cpu(double service, double database) {

        static Cpu now(Process api, String jdbcUrl) {
            String port = jdbcUrl.replaceAll(".*:(\\d+)/.*", "$1");
            double database = ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false)
                            && p.info().arguments().map(a -> String.join(" ", a).contains("-p " + port)).orElse(false))
                    .flatMap(postmaster -> java.util.stream.Stream.concat(java.util.stream.Stream.of(postmaster), postmaster.descendants()))
                    .mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
            return new Cpu(api.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0), database);
        }

        Cpu minus(Cpu before) {
            return new Cpu(service - before.service, database - before.database);
        }
    }

    private static void printTopStatements(String database, PostgresServer postgres) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, postgres.username(), postgres.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            try (ResultSet rows = statement.executeQuery("""
                    SELECT round(total_exec_time) AS ms, calls, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 150)
                    FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25""")) {
                System.out.println("PostgreSQL time by statement (ms, calls, rows, statement):");
                while (rows.next()) {
                    System.out.printf("%8d %8d %9d  %s%n", rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4));
                }
            }
        }
    }

    private static long claims(String database, PostgresServer postgres) throws Exception {
        return ReadModelTables.count(database, postgres.username(), postgres.password(), "SELECT count(*) FROM claim");
    }

    private static Process start(KafkaBroker broker, PostgresServer postgres, String database) throws Exception {
        Path jar = Path.of("..", "api-service", "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        Path log = Path.of("target", "bench-api-service.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvmArgs = System.getProperty("bench.apiJvmArgs", "").trim();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", database);
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        // One line per batch with the time of each step (ClaimsBatchWriter).
        builder.environment().put("QUARKUS_LOG_CATEGORY__CLAIMWATCH_API_CLAIM__LEVEL", "DEBUG");
        return builder.start();
    }

    private static void check(Process api, long deadline) {
        if (!api.isAlive()) {
            throw new IllegalStateException("api-service exited; see target/bench-api-service.log");
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Not done within 30 minutes");
        }
    }
}
