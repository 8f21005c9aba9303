package claimwatch.api.claim;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.PostgresTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * GET /api/claims?q= over 20,000 claims with small search windows and the result cache on: every answer must equal
 * what one plain query over the whole table gives, whichever way (walk, window, all matches) the search went.
 */
@QuarkusTest
@TestProfile(ClaimTextSearchTest.SmallWindows.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class ClaimTextSearchTest {

    /** Windows of 64 to 16,384 claims, so 20,000 claims behave as a million do with the defaults. */
    public static class SmallWindows implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("api.search.smallest-window", "64", "api.search.cache-size", "200", "api.search.refresh", "1h");
        }
    }

    private static final int CLAIMS = 20_000;
    private static final Instant BASE = Instant.parse("2026-03-01T00:00:00Z");
    private static boolean seeded;

    @Inject
    DataSource dataSource;
    @Inject
    SearchWindows windows;

    /**
     * 2,000 articles seven minutes apart (pairs share a time, so ids break ties), ten claims each. Words by how many
     * claims hold them: harbour 10,000; ferry 500; tender 206; quay 133; osprey 10.
     */
    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        exec("INSERT INTO article (id, url, outlet, title, published_at, ingested_at, text, extractor, extractor_version, extracted_at,"
                + " claim_count, updated_at) SELECT md5('a' || a), 'https://example.org/' || a, (ARRAY['Meridian Wire', 'Daily Klaxon',"
                + " 'Harbor Times'])[a % 3 + 1], 'Report ' || a, ?::timestamptz + (a / 2) * interval '14 minutes', now(), 'text',"
                + " 'structured', 2, now(), 10, now() FROM generate_series(0, ? / 10 - 1) a", BASE.atOffset(ZoneOffset.UTC), CLAIMS);
        exec("INSERT INTO claim (id, article_id, sentence_index, span_start, span_end, text, kind, modality, checkworthiness, outlet,"
                + " reported_at) SELECT substr(md5('c' || c), 1, 24), a.id, c % 10, 0, 40, concat_ws(' ', 'Report', c,"
                + " CASE WHEN c % 2 = 0 THEN 'harbour' END, CASE WHEN c % 40 = 0 THEN 'ferries' END,"
                + " CASE WHEN c % 97 = 3 THEN 'tender contract' END, CASE WHEN c % 150 = 11 THEN 'quay' END,"
                + " CASE WHEN c % 1999 = 7 THEN 'osprey' END, 'was said.'), (ARRAY['money', 'quantity', 'date', 'statement'])[c % 4 + 1],"
                + " 'asserted', (c % 10) / 10.0, a.outlet, a.reported_at FROM generate_series(0, ? - 1) c JOIN article a ON a.id = md5('a' || (c / 10))",
                CLAIMS);
        exec("ANALYZE claim");
        event();
        windows.refresh();
        seeded = true;
    }

    @Test
    void theDatabaseBucketsTimesAsTimeWindowDoes() throws SQLException {
        for (String at : List.of("2026-11-23T13:45:10.5Z", "1969-12-31T23:59:59.9Z", "1970-01-01T00:00:00Z", "2024-02-29T23:00:00Z",
                "2026-03-01T05:59:59.999999Z", "2026-03-01T06:00:00Z", "1900-06-01T12:00:00Z", "2100-12-31T23:59:59Z")) {
            Instant instant = Instant.parse(at);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement("SELECT claim_time_buckets(?)")) {
                statement.setObject(1, instant.atOffset(ZoneOffset.UTC));
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    Array buckets = rows.getArray(1);
                    assertArrayEquals(TimeWindow.of(instant), Arrays.stream((Long[]) buckets.getArray()).mapToLong(Long::longValue).toArray(), at);
                }
            }
        }
    }

    @Test
    void everyKindOfQueryAnswersAsOnePlainQueryWould() {
        for (String q : List.of("harbour", "ferry", "tender", "quay", "osprey", "ferry OR osprey", "harbour -ferry", "tender contract",
                "\"tender contract\"", "quay harbour", "the has", "!!!", "tender')) OR 1=1 --", "quay & | !", "nothing")) {
            for (int limit : new int[] { 5, 20, 100 }) {
                assertSame(Map.of("q", q), "", limit);
            }
        }
    }

    @Test
    void midFrequencyWordsGoThroughAWindow() {
        for (String q : List.of("ferry", "tender", "quay")) {
            assertTrue(windows.newest().window(estimate(q), 21, Optional.empty()).isPresent(), q);
        }
        assertTrue(windows.newest().window(estimate("harbour"), 21, Optional.empty()).isEmpty(), "walked");
        assertTrue(windows.newest().window(estimate("osprey"), 21, Optional.empty()).isEmpty(), "read whole");
    }

    @Test
    void filtersCursorsAndBoundsAnswerAsOnePlainQueryWould() {
        Map<Map<String, Object>, String> cases = new LinkedHashMap<>();
        cases.put(Map.of("q", "tender", "outlet", "Daily Klaxon"), " AND outlet = 'Daily Klaxon'");
        cases.put(Map.of("q", "ferry", "kind", "money"), " AND kind = 'money'");
        cases.put(Map.of("q", "quay", "minCheckworthiness", "0.5"), " AND checkworthiness >= 0.5");
        cases.put(Map.of("q", "ferry", "until", "2026-03-05"), " AND reported_at < '2026-03-06T00:00:00Z'");
        cases.put(Map.of("q", "tender", "until", "2026-03-08T10:30:00Z"), " AND reported_at < '2026-03-08T10:30:00Z'");
        cases.put(Map.of("q", "tender", "since", "2026-03-09T12:00:00Z"), " AND reported_at >= '2026-03-09T12:00:00Z'");
        cases.put(Map.of("q", "ferry", "since", "2026-03-03", "until", "2026-03-04"),
                " AND reported_at >= '2026-03-03T00:00:00Z' AND reported_at < '2026-03-05T00:00:00Z'");
        cases.put(Map.of("q", "quay", "until", "2030-01-01"), " AND reported_at < '2030-01-02T00:00:00Z'");
        cases.forEach((query, where) -> assertSame(query, where, 7));
    }

    @Test
    void claimsReportedAfterTheWindowsWereReadComeFirst() {
        String later = claim("tender quay ferries", Instant.parse("2026-03-11T00:05:00Z"));
        String ahead = claim("tender quay ferries", Instant.parse("2031-01-01T00:00:00Z"));
        event();
        for (String q : List.of("tender", "quay", "ferry")) {
            assertEquals(List.of(ahead, later), ids(Map.of("q", q), 2, 1));
            assertSame(Map.of("q", q), "", 20);
        }
    }

    @Test
    void aCommittedWriteIsSeenAtOnceThoughTheCacheHoldsTheQuery() {
        List<String> before = ids(Map.of("q", "osprey quay"), 20, 5);
        assertEquals(before, ids(Map.of("q", "osprey quay"), 20, 5), "answered again from the cache");
        String added = claim("osprey quay", BASE.plusSeconds(3600));
        event();
        List<String> after = ids(Map.of("q", "osprey quay"), 20, 5);
        assertTrue(after.contains(added) && after.containsAll(before) && after.size() == before.size() + 1, after.toString());
    }

    @Test
    void theCacheTrustsTheWritePathToAppendEvents() {
        assertEquals(List.of(), ids(Map.of("q", "pelican"), 20, 1));
        String pelican = claim("pelican", BASE);
        assertEquals(List.of(), ids(Map.of("q", "pelican"), 20, 1), "a row written without an event is not seen from the cache");
        event();
        assertEquals(List.of(pelican), ids(Map.of("q", "pelican"), 20, 1));
    }

    private void assertSame(Map<String, Object> query, String where, int limit) {
        int pages = 4;
        List<String> expected = truth(String.valueOf(query.get("q")), where);
        List<String> shown = ids(query, limit, pages);
        assertEquals(expected.subList(0, Math.min(expected.size(), limit * pages)), shown, query + " limit " + limit);
    }

    private static List<String> ids(Map<String, Object> query, int limit, int pages) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < pages; page++) {
            Response answer = given().queryParams(query).queryParam("limit", limit).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/claims").then().statusCode(200).extract().response();
            List<String> shown = answer.path("items.id");
            ids.addAll(shown);
            cursor = answer.path("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        return ids;
    }

    private List<String> truth(String q, String where) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM claim WHERE search @@ websearch_to_tsquery('english', ?)" + where + " ORDER BY reported_at DESC, id DESC")) {
            statement.setString(1, q);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private double estimate(String q) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "EXPLAIN (FORMAT JSON) SELECT 1 FROM claim c WHERE c.search @@ websearch_to_tsquery('english', ?)")) {
            statement.setString(1, q);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                Matcher plan = Pattern.compile("\"Plan Rows\": ([0-9.]+)").matcher(rows.getString(1));
                assertTrue(plan.find());
                return Double.parseDouble(plan.group(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A claim of the first article, reported at {@code at}, written without the event the write path would add. */
    private String claim(String words, Instant at) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        exec("INSERT INTO claim (id, article_id, sentence_index, span_start, span_end, text, kind, outlet, reported_at)"
                + " SELECT ?, id, 99, 0, 10, ?, 'statement', outlet, ? FROM article WHERE id = md5('a0')", id, "Late " + words, at.atOffset(ZoneOffset.UTC));
        return id;
    }

    private void event() {
        exec("INSERT INTO event (type, story_id, payload) VALUES ('claims', NULL, '{}'::jsonb)");
    }

    private void exec(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + sql, e);
        }
    }
}
