package claimwatch.api.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.testing.SseClient;
import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StreamResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/stream")
    URL stream;

    @Inject
    DataSource database;

    @Inject
    EventPruner pruner;

    @Test
    void liveEventsArriveInCommitOrderWithTypeIdAndPayload() throws Exception {
        String story = story();
        try (SseClient client = SseClient.connect(uri("story=" + story), Map.of())) {
            List<Long> ids = new ArrayList<>();
            for (String type : List.of("article", "claims", "fact", "conflict", "story")) {
                ids.add(insert(type, story));
            }
            List<SseClient.Event> events = client.take(5, WAIT);
            assertEquals(ids, ids(events));
            assertEquals(List.of("article", "claims", "fact", "conflict", "story"), events.stream().map(SseClient.Event::type).toList());
            JsonNode payload = JSON.readTree(events.get(2).data());
            assertEquals(story, payload.get("storyId").asText());
            assertEquals("fact", payload.get("kind").asText());
        }
    }

    @Test
    void withoutAnIdTheStreamStartsAfterTheNewestEvent() throws Exception {
        String story = story();
        insert("article", story);
        insert("claims", story);
        try (SseClient client = SseClient.connect(uri("story=" + story), Map.of())) {
            long next = insert("fact", story);
            SseClient.Event first = client.next(WAIT);
            assertEquals(next, Long.parseLong(first.id()), "older events are not replayed");
        }
    }

    @Test
    void resumeContinuesStrictlyAfterTheIdOnHeaderOrParameter() throws Exception {
        String story = story();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(insert(i % 2 == 0 ? "fact" : "conflict", story));
        }
        List<Long> seen = new ArrayList<>();
        try (SseClient client = SseClient.connect(uri("story=" + story), Map.of("Last-Event-ID", Long.toString(ids.get(2))))) {
            seen.addAll(ids(client.take(3, WAIT)));
        }
        assertEquals(ids.subList(3, 6), seen);

        ids.add(insert("fact", story));
        ids.add(insert("fact", story));
        try (SseClient client = SseClient.connect(uri("story=" + story + "&lastEventId=" + ids.get(4)), Map.of())) {
            List<Long> resumed = ids(client.take(3, WAIT));
            assertEquals(ids.subList(5, 8), resumed, "no duplicate, no gap");
            assertNull(client.next(Duration.ofMillis(600)), "nothing more");
        }
        // An EventSource reconnects to the same URL and sends the id it reached in the header: the header wins.
        try (SseClient client = SseClient.connect(uri("story=" + story + "&lastEventId=0"), Map.of("Last-Event-ID", Long.toString(ids.get(6))))) {
            assertEquals(List.of(ids.get(7)), ids(client.take(1, WAIT)));
        }
    }

    @Test
    void storyAndTypesFilterTheReplayAndTheLiveEvents() throws Exception {
        String story = story();
        String other = story();
        List<Long> wanted = new ArrayList<>();
        insert("article", story);
        wanted.add(insert("fact", story));
        insert("fact", other);
        wanted.add(insert("conflict", story));
        insert("claims", story);
        try (SseClient client = SseClient.connect(uri("story=" + story + "&types=fact,%20conflict&lastEventId=0"), Map.of())) {
            insert("conflict", other);
            insert("article", story);
            wanted.add(insert("fact", story));
            List<SseClient.Event> events = client.take(3, WAIT);
            assertEquals(wanted, ids(events));
            assertEquals(List.of("fact", "conflict", "fact"), events.stream().map(SseClient.Event::type).toList());
            assertNull(client.next(Duration.ofMillis(600)), "nothing of another story or type");
        }
    }

    @Test
    void aBurstLargerThanTheClientBufferArrivesWholeAndInOrder() throws Exception {
        String story = story();
        try (SseClient client = SseClient.connect(uri("story=" + story), Map.of())) {
            List<Long> ids = insertMany(700, story);
            List<Long> received = ids(client.take(700, Duration.ofSeconds(30)));
            assertEquals(ids, received);
        }
        long after = insertMany(1, story).get(0) - 1;
        List<Long> replay = insertMany(600, story);
        try (SseClient client = SseClient.connect(uri("story=" + story + "&lastEventId=" + after), Map.of())) {
            List<Long> received = ids(client.take(601, Duration.ofSeconds(30)));
            assertEquals(after + 1, received.get(0));
            assertEquals(replay, received.subList(1, 601), "a replay longer than a page, paged without gaps");
        }
    }

    @Test
    void aClientResumingBeforePrunedEventsGetsAResetFirst() throws Exception {
        String story = story();
        long first = insert("article", story);
        long second = insert("claims", story);
        long third = insert("fact", story);
        execute("UPDATE event SET created_at = now() - interval '30 days' WHERE id <= " + second);
        assertTrue(pruner.prune() >= 2);
        try (SseClient client = SseClient.connect(uri("story=" + story + "&lastEventId=" + first), Map.of())) {
            SseClient.Event reset = client.next(WAIT);
            assertEquals("reset", reset.type());
            assertNull(reset.id(), "a reset does not move the client's last event id");
            JsonNode notice = JSON.readTree(reset.data());
            assertEquals(first, notice.get("lastEventId").asLong());
            assertEquals("pruned", notice.get("reason").asText());
            assertTrue(notice.get("resumedAfter").asLong() >= second);
            SseClient.Event next = client.next(WAIT);
            if (next.id().equals(Long.toString(second))) {
                // The poller may have read it before the pruning; still in memory, it is served: late, not lost.
                next = client.next(WAIT);
            }
            assertEquals(Long.toString(third), next.id());
        }
        try (SseClient client = SseClient.connect(uri("story=" + story + "&lastEventId=" + second), Map.of())) {
            assertEquals(Long.toString(third), client.next(WAIT).id(), "resuming at the pruned edge misses nothing");
        }
        try (SseClient client = SseClient.connect(uri("story=" + story + "&lastEventId=0"), Map.of())) {
            assertEquals(Long.toString(third), client.next(WAIT).id(), "0 replays what is retained, without a reset");
        }
        try (SseClient client = SseClient.connect(uri("story=" + story), Map.of("Last-Event-ID", Long.toString(third + 1_000_000)))) {
            SseClient.Event reset = client.next(WAIT);
            assertEquals("reset", reset.type());
            assertEquals("unknown-id", JSON.readTree(reset.data()).get("reason").asText());
            long later = insert("fact", story);
            assertEquals(Long.toString(later), client.next(WAIT).id(), "continues after the newest event");
        }
    }

    @Test
    void badParametersAreProblems() throws Exception {
        assertProblem(400, "types", uri("types=fact,rumour"), Map.of());
        assertProblem(400, "types", uri("types=fact,,claims"), Map.of());
        assertProblem(400, "lastEventId", uri("lastEventId=abc"), Map.of());
        assertProblem(400, "lastEventId", uri("lastEventId=-3"), Map.of());
        assertProblem(400, "Last-Event-ID", uri(""), Map.of("Last-Event-ID", "1;DROP TABLE event"));
        assertProblem(400, "story", uri("story=x'%20OR%20'1'='1"), Map.of());
        assertProblem(404, null, uri("story=" + UUID.randomUUID().toString().replace("-", "")), Map.of());
    }

    @Test
    void openApiDescribesTheStreamWithAnExample() {
        String openApi = io.restassured.RestAssured.given().get("/q/openapi").then().statusCode(200).extract().asString();
        int stream = openApi.indexOf("/api/stream:");
        assertTrue(stream >= 0, "the stream is documented");
        String section = openApi.substring(stream);
        assertTrue(section.contains("text/event-stream"));
        assertTrue(section.contains("Last-Event-ID"));
        assertTrue(section.contains("event: conflict"), "with an example of the stream");
    }

    private void assertProblem(int status, String parameter, URI uri, Map<String, String> headers) {
        SseClient.RefusedException refused = assertThrows(SseClient.RefusedException.class, () -> SseClient.connect(uri, headers).close());
        assertEquals(status, refused.status, refused.body);
        assertTrue(refused.contentType.startsWith("application/problem+json"), refused.contentType);
        try {
            JsonNode problem = JSON.readTree(refused.body);
            assertEquals(status, problem.get("status").asInt());
            assertEquals(parameter, problem.path("parameter").isMissingNode() ? null : problem.get("parameter").asText());
        } catch (java.io.IOException e) {
            throw new AssertionError(refused.body, e);
        }
    }

    private URI uri(String query) {
        return URI.create(stream.toString() + (query.isEmpty() ? "" : "?" + query));
    }

    private static List<Long> ids(List<SseClient.Event> events) {
        return events.stream().map(event -> Long.parseLong(event.id())).toList();
    }

    private String story() throws SQLException {
        String id = UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO story (id, title, article_count, outlet_count, first_seen, last_seen, last_activity, updated_at)
                VALUES (?, 'Ferry deal', 1, 1, now(), now(), now(), now())""")) {
            insert.setString(1, id);
            insert.executeUpdate();
        }
        return id;
    }

    private long insert(String type, String story) throws SQLException {
        return insertMany(1, type, story).get(0);
    }

    private List<Long> insertMany(int count, String story) throws SQLException {
        return insertMany(count, "fact", story);
    }

    /** As the write path does: under the writers' lock, in one transaction. */
    private List<Long> insertMany(int count, String type, String story) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(5150)");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO event (type, story_id, payload) VALUES (?, ?, ?::jsonb) RETURNING id")) {
                lock.execute();
                for (int i = 0; i < count; i++) {
                    insert.setString(1, type);
                    insert.setString(2, story);
                    insert.setString(3, "{\"storyId\": \"" + story + "\", \"kind\": \"" + type + "\", \"n\": " + i + "}");
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

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
