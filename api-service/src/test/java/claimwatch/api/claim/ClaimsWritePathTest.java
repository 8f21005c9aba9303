package claimwatch.api.claim;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import claimwatch.api.fact.ArticleRef;
import claimwatch.api.fact.Conflict;
import claimwatch.api.fact.Fact;
import claimwatch.api.fact.FactAnalyzer;
import claimwatch.api.fact.StoryAnalysis;
import claimwatch.api.fact.StoryClaim;
import claimwatch.api.story.StoryDecision;
import claimwatch.api.story.StoryReason;
import claimwatch.testing.KafkaTestResource;
import claimwatch.testing.PostgresTestResource;
import claimwatch.testing.ReadModelTables;
import claimwatch.testing.SeededIds;
import claimwatch.testing.TopicClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The write path end to end through a real broker and database: facets, entities, cited outlets, version-aware
 * replacement, redelivery, dead letters in a batch, stories, facts and events. Each test works in its own stretch of
 * time (years apart), so stories of different tests never meet.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimsWritePathTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Every message this class sent that the read model accepted, latest version per article. */
    private static final Map<String, ArticleClaimsMessage> SENT = new ConcurrentHashMap<>();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    ClaimsBatchWriter writer;

    private TopicClient topic;
    private KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        topic = new TopicClient(bootstrapServers);
        kafka = new KafkaCompanion(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        topic.close();
        kafka.close();
    }

    @Test
    void storesEveryFacetTheEntitiesAndTheCitedOutlets() throws Exception {
        List<ArticleClaimsMessage> messages = copies("facets", 0);
        sendAndAwait(messages);

        for (ArticleClaimsMessage message : messages) {
            Map<String, Map<String, Object>> rows = new HashMap<>();
            query("SELECT * FROM claim WHERE article_id = ?", message.articleId()).forEach(row -> rows.put((String) row.get("id"), row));
            assertEquals(message.claims().size(), rows.size());
            for (ArticleClaimsMessage.Claim claim : message.claims()) {
                Map<String, Object> row = rows.get(claim.id());
                assertEquals(claim.kind(), row.get("kind"));
                assertEquals(claim.modality().value(), row.get("modality"));
                assertEquals(claim.modality().cue(), row.get("modality_cue"));
                assertEquals(claim.checkworthiness().floatValue(), ((Number) row.get("checkworthiness")).floatValue());
                assertEquals(message.article().outlet(), row.get("outlet"));
                assertEquals(message.article().reportedAt(), ((java.sql.Timestamp) row.get("reported_at")).toInstant());
                StoredClaim.Facets facets = SampleClaims.JSON.readValue(row.get("facets").toString(), StoredClaim.Facets.class);
                assertEquals(new StoredClaim.Facets(claim.quantities(), claim.money(), claim.dates(), claim.entities(), claim.slots()), facets);
                assertEquals(claim.attribution(), row.get("attribution") == null ? null
                        : SampleClaims.JSON.readValue(row.get("attribution").toString(), ArticleClaimsMessage.Attribution.class));
                Set<String> expectedEntities = new TreeSet<>();
                for (ArticleClaimsMessage.EntityMention entity : claim.entities()) {
                    expectedEntities.add(entityId(entity.type(), entity.canonical()));
                }
                Set<String> linked = new TreeSet<>();
                query("SELECT entity_id FROM claim_entity WHERE claim_id = ?", claim.id()).forEach(link -> linked.add((String) link.get("entity_id")));
                assertEquals(expectedEntities, linked, claim.text());
            }
            Map<String, Object> article = query("SELECT * FROM article WHERE id = ?", message.articleId()).get(0);
            assertNotNull(article.get("story_id"));
            assertNotNull(article.get("story_reason"));
            List<String> cited = List.of((String[]) ((java.sql.Array) article.get("cited_outlets")).getArray());
            assertFalse(cited.contains(message.article().outlet()));
            if (message.article().outlet().equals("Eurotransport Observer")) {
                assertEquals(List.of("The Mercantile Journal", "Meridian Wire"), cited);
            }
        }
        Map<String, Object> entity = query("SELECT * FROM entity WHERE id = ?", entityId("organisation", "Aldermoor Marine Engineering")).get(0);
        assertEquals("Aldermoor Marine Engineering", entity.get("canonical"));
        assertTrue(((Number) entity.get("article_count")).intValue() >= 8, entity.toString());
        assertEachArticleAnnouncedOnce(messages, "started", "joined", "merged");
    }

    @Test
    void newerVersionReplacesClaimsEntitiesAndCountsAndOlderOnesChangeNothing() throws Exception {
        Instant base = Instant.parse("2090-05-01T08:00:00Z");
        ArticleClaimsMessage a = handMade("a", "Test Outlet A", base, 2, List.of(
                List.of(org("Harbour Authority"), person("Lena Park")), List.of(org("Harbour Authority"))));
        ArticleClaimsMessage b = handMade("b", "Test Outlet B", base.plus(Duration.ofHours(3)), 2, List.of(List.of(org("Harbour Authority"))));
        sendAndAwait(List.of(a, b));
        String authority = entityId("organisation", "Harbour Authority");
        assertEntity(authority, 2, 3, base, base.plus(Duration.ofHours(3)));
        assertEntity(entityId("person", "Lena Park"), 1, 1, base, base);
        assertOutlet("Test Outlet A", 1, 2);
        String storyOfA = (String) query("SELECT story_id FROM article WHERE id = ?", a.articleId()).get(0).get("story_id");

        ArticleClaimsMessage a3 = handMade("a", "Test Outlet A", base, 3, List.of(List.of(person("Lena Park"))));
        sendAndAwait(List.of(a3));
        assertEntity(authority, 1, 1, base.plus(Duration.ofHours(3)), base.plus(Duration.ofHours(3)));
        assertEntity(entityId("person", "Lena Park"), 1, 1, base, base);
        assertOutlet("Test Outlet A", 1, 1);
        assertEquals(List.of(a3.claims().get(0).id()), query("SELECT id FROM claim WHERE article_id = ?", a.articleId()).stream().map(r -> r.get("id")).toList());
        assertEquals(storyOfA, query("SELECT story_id FROM article WHERE id = ?", a.articleId()).get(0).get("story_id"), "a replaced article keeps its story");
        List<JsonNode> events = events("article", a.articleId());
        assertEquals(2, events.size());
        assertEquals("replaced", events.get(1).get("decision").asText());
        List<JsonNode> claimsEvents = events("claims", a.articleId());
        assertEquals(List.of(2, 3), claimsEvents.stream().map(e -> e.get("extractorVersion").asInt()).toList());
        assertEquals(1, claimsEvents.get(1).get("claimCount").asInt());

        Map<String, List<String>> before = ReadModelTables.read(dataSource);
        double unchanged = unchanged();
        sendAll(List.of(a, a3));
        await().atMost(PATIENCE).until(() -> unchanged() >= unchanged + 2);
        assertEquals(before, ReadModelTables.read(dataSource), "an equal or older version changes nothing, events included");
    }

    @Test
    void aRedeliveredBatchChangesNothing() throws Exception {
        List<ArticleClaimsMessage> messages = copies("redelivery", 1);
        sendAndAwait(messages);
        Map<String, List<String>> before = ReadModelTables.read(dataSource);
        double unchanged = unchanged();

        sendAll(messages);
        await().atMost(PATIENCE).until(() -> unchanged() >= unchanged + messages.size());
        assertEquals(before, ReadModelTables.read(dataSource));
    }

    @Test
    void aRecordThatCannotBeStoredGoesToTheDeadLetterTopicWhileItsNeighboursAreStored() throws Exception {
        List<ArticleClaimsMessage> copies = copies("dead-letters", 2);
        ArticleClaimsMessage first = copies.get(0);
        String invalidKey = SeededIds.hex("invalid", 32);
        ArticleClaimsMessage source = copies.get(1);
        String collidingId = SeededIds.hex("colliding", 32);
        // Valid on its own, but its claim ids are those of another article: it fails when stored, alone.
        ArticleClaimsMessage colliding = new ArticleClaimsMessage(collidingId, source.extractor(), source.extractorVersion(), source.extractedAt(),
                new ArticleClaimsMessage.Article(collidingId, null, "Colliding Post", "Colliding", null, first.article().publishedAt(),
                        first.article().ingestedAt(), "en", first.article().text(), null), first.claims());
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        records.add(new ProducerRecord<>("claims", first.articleId(), SampleClaims.json(first)));
        records.add(new ProducerRecord<>("claims", invalidKey, "{\"articleId\": \"" + invalidKey + "\", \"claims\": \"not a list\"}"));
        records.add(new ProducerRecord<>("claims", collidingId, SampleClaims.json(colliding)));
        copies.subList(1, 6).forEach(m -> records.add(new ProducerRecord<>("claims", m.articleId(), SampleClaims.json(m))));
        kafka.produceStrings().fromRecords(records).awaitCompletion();
        copies.subList(0, 6).forEach(m -> SENT.put(m.articleId(), m));

        ConsumerRecord<String, String> invalid = topic.awaitRecord("claims-dlq", invalidKey, PATIENCE);
        assertTrue(header(invalid, "dead-letter-reason").contains("not a claims message"), header(invalid, "dead-letter-reason"));
        ConsumerRecord<String, String> failed = topic.awaitRecord("claims-dlq", collidingId, PATIENCE);
        assertTrue(header(failed, "dead-letter-reason").contains("duplicate key"), header(failed, "dead-letter-reason"));
        assertEquals(SampleClaims.json(colliding), failed.value());
        awaitStored(copies.subList(0, 6));
        assertTrue(query("SELECT id FROM article WHERE id = ANY (?)", (Object) new String[] {invalidKey, collidingId}).isEmpty());
    }

    @Test
    void everyArticleIsInOneLiveStoryAndEveryFigureEqualsItsRows() throws Exception {
        sendAndAwait(copies("stories", 3));

        assertEquals(List.of(), query("SELECT a.id FROM article a LEFT JOIN story s ON s.id = a.story_id WHERE s.id IS NULL OR s.merged_into IS NOT NULL"));
        assertEquals(List.of(), query("""
                SELECT s.id FROM story s LEFT JOIN (
                    SELECT story_id, count(*) AS n, count(DISTINCT outlet) AS o, min(reported_at) AS f, max(reported_at) AS l,
                           max(ingested_at) AS act FROM article GROUP BY story_id) x ON x.story_id = s.id
                WHERE s.merged_into IS NULL AND (x.n IS DISTINCT FROM s.article_count OR x.o IS DISTINCT FROM s.outlet_count
                    OR x.f IS DISTINCT FROM s.first_seen OR x.l IS DISTINCT FROM s.last_seen OR x.act IS DISTINCT FROM s.last_activity
                    OR s.fact_count <> (SELECT count(*) FROM fact WHERE story_id = s.id)
                    OR s.conflict_count <> (SELECT count(*) FROM conflict WHERE story_id = s.id)
                    OR s.title <> (SELECT coalesce(title, '') FROM article WHERE story_id = s.id ORDER BY reported_at, id LIMIT 1))"""));
        assertEquals(List.of(), query("""
                SELECT s.id FROM story s JOIN story t ON t.id = s.merged_into
                WHERE t.merged_into IS NOT NULL OR s.article_count <> 0
                   OR EXISTS (SELECT 1 FROM story_feature WHERE story_id = s.id) OR EXISTS (SELECT 1 FROM fact WHERE story_id = s.id)"""));
        // story_feature is the sum of the fingerprints of the story's articles
        assertEquals(query("""
                SELECT a.story_id, f.key AS feature, sum(f.value::int) AS weight FROM article a, jsonb_each_text(a.fingerprint) f
                GROUP BY a.story_id, f.key ORDER BY 1, 2"""), query("SELECT story_id, feature, weight::bigint AS weight FROM story_feature ORDER BY 1, 2"));
        assertEquals(query("""
                SELECT ce.entity_id AS id, count(DISTINCT ce.article_id) AS articles, count(*) AS claims, min(a.reported_at) AS f, max(a.reported_at) AS l
                FROM claim_entity ce JOIN article a ON a.id = ce.article_id GROUP BY ce.entity_id ORDER BY 1"""),
                query("SELECT id, article_count::bigint AS articles, claim_count::bigint AS claims, first_seen AS f, last_seen AS l FROM entity WHERE claim_count > 0 ORDER BY 1"));
        assertEquals(query("""
                SELECT outlet AS name, count(*) AS articles, sum(claim_count) AS claims, count(DISTINCT story_id) AS stories,
                       (SELECT count(*) FROM fact WHERE first_outlet = a.outlet) AS first
                FROM article a WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY 1"""),
                query("SELECT name, article_count::bigint AS articles, claim_count::bigint AS claims, story_count::bigint AS stories, first_count::bigint AS first FROM outlet ORDER BY 1"));
    }

    @Test
    void storedFactsAndConflictsAreWhatTheAnalyzerFindsInEachStory() throws Exception {
        sendAndAwait(copies("facts-warm-up", 4));
        List<ArticleClaimsMessage> messages = copies("facts", 5);
        sendAndAwait(messages);
        Set<String> knownOutlets = new TreeSet<>();
        query("SELECT name FROM outlet").forEach(row -> knownOutlets.add((String) row.get("name")));

        Set<String> stories = new TreeSet<>();
        for (ArticleClaimsMessage message : messages) {
            stories.add((String) query("SELECT story_id FROM article WHERE id = ?", message.articleId()).get(0).get("story_id"));
        }
        for (String storyId : stories) {
            List<ArticleClaimsMessage> members = query("SELECT id FROM article WHERE story_id = ?", storyId).stream()
                    .map(row -> SENT.get((String) row.get("id"))).toList();
            StoryAnalysis expected = new FactAnalyzer().analyze(storyId, storyClaims(members), knownOutlets);
            List<Fact> facts = bodies("SELECT body::text FROM fact WHERE story_id = ? ORDER BY position", storyId, Fact.class);
            List<Conflict> conflicts = bodies("SELECT body::text FROM conflict WHERE story_id = ? ORDER BY position", storyId, Conflict.class);
            assertEquals(roundTrip(expected.facts(), Fact.class), facts, storyId);
            assertEquals(roundTrip(expected.conflicts(), Conflict.class), conflicts, storyId);
            for (Fact fact : facts) {
                List<Map<String, Object>> announced = query("SELECT payload::text AS p FROM event WHERE type = 'fact' AND story_id = ? "
                        + "AND payload -> 'fact' ->> 'id' = ? ORDER BY id DESC LIMIT 1", storyId, fact.id());
                assertEquals(fact, SampleClaims.JSON.treeToValue(SampleClaims.JSON.readTree((String) announced.get(0).get("p")).get("fact"), Fact.class));
            }
        }
    }

    @Test
    void aBridgingArticleMergesStoriesMovingArticlesFeaturesAndFacts() throws Exception {
        List<ArticleClaimsMessage> messages = copies("merge", 6);
        ArticleClaimsMessage first = messages.get(2);
        ArticleClaimsMessage second = messages.get(0);
        ArticleClaimsMessage bridge = messages.get(5);
        StoryReason started = new StoryReason("started", 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of());
        writer.write(List.of(first), (connection, article) -> new StoryDecision(null, List.of(), started));
        writer.write(List.of(second), (connection, article) -> new StoryDecision(null, List.of(), started));
        String kept = first.articleId();
        String away = second.articleId();
        Map<String, List<String>> featuresBefore = new HashMap<>();
        for (String story : List.of(kept, away)) {
            featuresBefore.put(story, query("SELECT feature || '=' || weight AS f FROM story_feature WHERE story_id = ? ORDER BY 1", story).stream()
                    .map(row -> (String) row.get("f")).toList());
        }
        StoryReason merged = new StoryReason("merged", 0.9, 0.5, 0.5, 0.5, List.of(), List.of(), List.of(), List.of(away));
        writer.write(List.of(bridge), (connection, article) -> new StoryDecision(kept, List.of(away), merged));
        List.of(first, second, bridge).forEach(m -> SENT.put(m.articleId(), m));

        assertEquals(Set.of(kept), Set.copyOf(query("SELECT story_id FROM article WHERE id = ANY (?)",
                (Object) new String[] {first.articleId(), second.articleId(), bridge.articleId()}).stream().map(r -> r.get("story_id")).toList()));
        Map<String, Object> survivor = query("SELECT * FROM story WHERE id = ?", kept).get(0);
        Map<String, Object> gone = query("SELECT * FROM story WHERE id = ?", away).get(0);
        assertEquals(3, survivor.get("article_count"));
        assertEquals(null, survivor.get("merged_into"));
        assertEquals(kept, gone.get("merged_into"));
        assertEquals(0, gone.get("article_count"));
        assertTrue(query("SELECT 1 FROM story_feature WHERE story_id = ?", away).isEmpty());
        assertTrue(query("SELECT 1 FROM fact WHERE story_id = ?", away).isEmpty());
        Map<String, Integer> expectedFeatures = new java.util.TreeMap<>();
        for (ArticleClaimsMessage m : List.of(first, second, bridge)) {
            new claimwatch.api.story.ArticleFingerprints().of(m).features().forEach((feature, weight) -> expectedFeatures.merge(feature, weight, Integer::sum));
        }
        assertEquals(expectedFeatures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList(),
                query("SELECT feature || '=' || weight AS f FROM story_feature WHERE story_id = ? ORDER BY 1", kept).stream().map(r -> r.get("f")).sorted().toList());
        assertEquals(1, query("SELECT 1 FROM event WHERE type = 'story' AND payload::jsonb = ?::jsonb",
                "{\"storyId\": \"" + away + "\", \"mergedInto\": \"" + kept + "\"}").size());
        assertEquals("merged", events("article", bridge.articleId()).get(0).get("decision").asText());
        assertEquals(0.9f, ((Number) query("SELECT story_score FROM article WHERE id = ?", bridge.articleId()).get(0).get("story_score")).floatValue());
        StoryAnalysis expected = new FactAnalyzer().analyze(kept, storyClaims(List.of(first, second, bridge)), outlets());
        assertEquals(roundTrip(expected.facts(), Fact.class), bodies("SELECT body::text FROM fact WHERE story_id = ? ORDER BY position", kept, Fact.class));

        ArticleClaimsMessage replaced = SampleClaims.withVersion(second, second.extractorVersion() + 1, second.claims().subList(0, 3));
        writer.write(List.of(replaced), (connection, article) -> {
            throw new AssertionError("a replaced article is not placed again");
        });
        SENT.put(replaced.articleId(), replaced);
        assertEquals(kept, query("SELECT story_id FROM article WHERE id = ?", second.articleId()).get(0).get("story_id"));
        assertEquals("replaced", events("article", second.articleId()).get(1).get("decision").asText());
        assertEquals(kept, events("article", second.articleId()).get(1).get("storyId").asText());
        StoryAnalysis after = new FactAnalyzer().analyze(kept, storyClaims(List.of(first, replaced, bridge)), outlets());
        assertEquals(roundTrip(after.facts(), Fact.class), bodies("SELECT body::text FROM fact WHERE story_id = ? ORDER BY position", kept, Fact.class));
        assertEquals(roundTrip(after.conflicts(), Conflict.class), bodies("SELECT body::text FROM conflict WHERE story_id = ? ORDER BY position", kept, Conflict.class));
    }

    private Set<String> outlets() throws Exception {
        Set<String> names = new TreeSet<>();
        query("SELECT name FROM outlet").forEach(row -> names.add((String) row.get("name")));
        return names;
    }

    /** The story's claims as the writer hands them to the analyzer: articles by reported time and id, claims by sentence and id. */
    static List<StoryClaim> storyClaims(List<ArticleClaimsMessage> members) {
        List<StoryClaim> claims = new ArrayList<>();
        members.stream().sorted(Comparator.comparing((ArticleClaimsMessage m) -> stored(m.article().reportedAt())).thenComparing(ArticleClaimsMessage::articleId))
                .forEach(m -> {
                    ArticleRef ref = new ArticleRef(m.articleId(), m.article().outlet(), stored(m.article().reportedAt()), m.article().duplicateOf());
                    m.claims().stream().sorted(Comparator.comparing(ArticleClaimsMessage.Claim::sentenceIndex).thenComparing(ArticleClaimsMessage.Claim::id))
                            .forEach(c -> claims.add(new StoryClaim(ref, new ArticleClaimsMessage.Claim(c.id(), c.text(), c.span(), c.sentenceIndex(),
                                    c.kind(), c.quantities(), c.money(), c.dates(), c.entities(), c.attribution(), c.modality(),
                                    c.checkworthiness() == null ? null : (double) c.checkworthiness().floatValue(), c.slots()))));
                });
        return claims;
    }

    private void assertEachArticleAnnouncedOnce(List<ArticleClaimsMessage> messages, String... decisions) throws Exception {
        for (ArticleClaimsMessage message : messages) {
            List<JsonNode> articles = events("article", message.articleId());
            assertEquals(1, articles.size(), message.articleId());
            assertTrue(List.of(decisions).contains(articles.get(0).get("decision").asText()));
            assertEquals(message.article().outlet(), articles.get(0).get("outlet").asText());
            List<JsonNode> claims = events("claims", message.articleId());
            assertEquals(1, claims.size());
            assertEquals(message.claims().size(), claims.get(0).get("claimCount").asInt());
        }
    }

    private List<ArticleClaimsMessage> copies(String seed, int stretch) {
        Duration shift = Duration.ofDays(2000 + 1500L * stretch);
        return SampleClaims.all().stream().map(sample -> SampleClaims.copy(sample, seed, shift)).toList();
    }

    private static ArticleClaimsMessage handMade(String seed, String outlet, Instant published, int version, List<List<ArticleClaimsMessage.EntityMention>> claims) {
        String id = SeededIds.hex("hand-made-" + seed, 32);
        StringBuilder text = new StringBuilder();
        List<ArticleClaimsMessage.Claim> built = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            String sentence = "Sentence %d of version %d names %d entities.".formatted(i, version, claims.get(i).size());
            int start = text.length();
            text.append(sentence).append(' ');
            built.add(new ArticleClaimsMessage.Claim(SeededIds.hex(id + version + i, 24), sentence, new ArticleClaimsMessage.Span(start, start + sentence.length()), i,
                    "other", List.of(), List.of(), List.of(), claims.get(i), null, new ArticleClaimsMessage.Modality("asserted", null), 0.5, List.of()));
        }
        return new ArticleClaimsMessage(id, "structured", version, published, new ArticleClaimsMessage.Article(id, null, outlet, "Hand-made " + seed,
                null, published.atOffset(ZoneOffset.UTC), published, "en", text.toString(), null), built);
    }

    private static ArticleClaimsMessage.EntityMention org(String name) {
        return new ArticleClaimsMessage.EntityMention(name, null, name, "organisation");
    }

    private static ArticleClaimsMessage.EntityMention person(String name) {
        return new ArticleClaimsMessage.EntityMention(name, null, name, "person");
    }

    private void assertEntity(String id, int articles, int claims, Instant firstSeen, Instant lastSeen) throws Exception {
        Map<String, Object> row = query("SELECT * FROM entity WHERE id = ?", id).get(0);
        assertEquals(articles, row.get("article_count"), row.toString());
        assertEquals(claims, row.get("claim_count"), row.toString());
        assertEquals(firstSeen, ((java.sql.Timestamp) row.get("first_seen")).toInstant());
        assertEquals(lastSeen, ((java.sql.Timestamp) row.get("last_seen")).toInstant());
    }

    private void assertOutlet(String name, int articles, int claims) throws Exception {
        Map<String, Object> row = query("SELECT * FROM outlet WHERE name = ?", name).get(0);
        assertEquals(articles, row.get("article_count"));
        assertEquals(claims, row.get("claim_count"));
    }

    private void sendAndAwait(List<ArticleClaimsMessage> messages) throws Exception {
        sendAll(messages);
        messages.forEach(m -> SENT.put(m.articleId(), m));
        awaitStored(messages);
    }

    private void sendAll(List<ArticleClaimsMessage> messages) {
        kafka.produceStrings().fromRecords(messages.stream()
                .map(m -> new ProducerRecord<>("claims", m.articleId(), SampleClaims.json(m))).toList()).awaitCompletion();
    }

    private void awaitStored(List<ArticleClaimsMessage> messages) throws Exception {
        await().atMost(PATIENCE).until(() -> {
            for (ArticleClaimsMessage message : messages) {
                if (query("SELECT 1 FROM article WHERE id = ? AND extractor_version = ?", message.articleId(), message.extractorVersion()).isEmpty()) {
                    return false;
                }
            }
            return true;
        });
    }

    private List<JsonNode> events(String type, String articleId) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (Map<String, Object> row : query("SELECT payload::text AS p FROM event WHERE type = ? AND payload ->> 'articleId' = ? ORDER BY id", type, articleId)) {
            events.add(SampleClaims.JSON.readTree((String) row.get("p")));
        }
        return events;
    }

    private <T> List<T> bodies(String sql, String storyId, Class<T> type) throws Exception {
        List<T> items = new ArrayList<>();
        for (Map<String, Object> row : query(sql, storyId)) {
            items.add(SampleClaims.JSON.readValue((String) row.get("body"), type));
        }
        return items;
    }

    private static <T> List<T> roundTrip(List<T> items, Class<T> type) throws Exception {
        List<T> read = new ArrayList<>();
        for (T item : items) {
            read.add(SampleClaims.JSON.readValue(SampleClaims.JSON.writeValueAsString(item), type));
        }
        return read;
    }

    private List<Map<String, Object>> query(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(i + 1, parameter instanceof String[] array ? connection.createArrayOf("varchar", array) : parameter);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.put(meta.getColumnLabel(column), result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private double unchanged() {
        return metrics.counter("claimwatch.claims.messages", "outcome", "unchanged").count();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String entityId(String type, String canonical) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest((type + "|" + java.text.Normalizer.normalize(canonical, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, 16);
    }
}
