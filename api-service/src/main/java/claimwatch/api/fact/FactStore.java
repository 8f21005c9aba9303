package claimwatch.api.fact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.claim.CustomPlans;
import claimwatch.api.claim.JsonText;
import claimwatch.api.claim.StoredClaim;
import claimwatch.api.claim.WriteBatch;
import claimwatch.api.event.EventLog;

/**
 * Facts and conflicts of the stories a batch touches: loads a story's claims once per batch, re-analyses the story
 * after each article that changes it and announces new or changed facts and conflicts; {@link FactRows} stores the
 * last analysis at the end of the batch.
 */
@ApplicationScoped
public class FactStore {

    // In two steps, the story's articles then their claims by article id: as one join, PostgreSQL scans the whole claim
    // table whenever its statistics lag behind the table's growth.
    private static final String ARTICLES = "SELECT id, outlet, reported_at, duplicate_of FROM article WHERE story_id = ?";
    private static final String CLAIMS = """
            SELECT c.id, c.article_id, c.sentence_index, c.span_start, c.span_end, c.text, c.kind, c.modality, c.modality_cue,
                   c.checkworthiness, c.attribution::text, c.facets::text
            FROM claim c WHERE c.article_id = ANY (?)""";

    private final ObjectMapper json;
    private final FactAnalyzer analyzer = new FactAnalyzer();

    public FactStore(ObjectMapper json) {
        this.json = json;
    }

    /** Reads the story's stored claims, facts and conflicts into the batch unless it holds them already. */
    public void load(WriteBatch batch, String storyId) throws SQLException {
        StoryFacts facts = batch.facts();
        if (facts.has(storyId)) {
            return;
        }
        StoryFacts.Story story = new StoryFacts.Story();
        Connection connection = batch.connection();
        Map<String, ArticleRef> articles = new HashMap<>();
        try (PreparedStatement select = CustomPlans.prepare(connection, ARTICLES)) {
            select.setString(1, storyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    articles.put(rows.getString(1), new ArticleRef(rows.getString(1), rows.getString(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getString(4)));
                }
            }
        }
        Map<String, List<ArticleClaimsMessage.Claim>> claims = new HashMap<>();
        Map<String, ArticleRef> refs = new HashMap<>();
        try (PreparedStatement select = CustomPlans.prepare(connection, CLAIMS)) {
            select.setArray(1, connection.createArrayOf("varchar", articles.keySet().toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String articleId = rows.getString(2);
                    Float checkworthiness = rows.getObject(10) == null ? null : rows.getFloat(10);
                    StoredClaim stored = new StoredClaim(rows.getString(1), articleId, rows.getInt(3), rows.getInt(4), rows.getInt(5),
                            rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), checkworthiness, rows.getString(11),
                            rows.getString(12));
                    refs.putIfAbsent(articleId, articles.get(articleId));
                    claims.computeIfAbsent(articleId, id -> new ArrayList<>()).add(stored.toClaim(json));
                }
            }
        }
        refs.forEach((id, ref) -> story.articles.put(id, new StoryFacts.ArticleClaims(ref, claims.get(id))));
        story.facts = bodies(connection, "SELECT body::text FROM fact WHERE story_id = ? ORDER BY position", storyId, Fact.class);
        story.conflicts = bodies(connection, "SELECT body::text FROM conflict WHERE story_id = ? ORDER BY position", storyId, Conflict.class);
        story.readFromDatabase = true;
        facts.put(storyId, story);
    }

    /** A story the batch starts: nothing stored yet. */
    public void start(WriteBatch batch, String storyId) {
        if (!batch.facts().has(storyId)) {
            batch.facts().put(storyId, new StoryFacts.Story());
        }
    }

    /** Puts an article's current claims into its story in place of any it had there. */
    public void putArticle(WriteBatch batch, String storyId, ArticleRef article, List<StoredClaim> claims) {
        List<ArticleClaimsMessage.Claim> analysed = claims.stream().map(claim -> claim.toClaim(json)).toList();
        batch.facts().get(storyId).articles.put(article.id(), new StoryFacts.ArticleClaims(article, analysed));
    }

    /** Moves the claims of merged-away stories into the surviving one; their facts and conflicts go. */
    public void absorb(WriteBatch batch, String target, Collection<String> mergedAway) {
        StoryFacts.Story survivor = batch.facts().get(target);
        for (String away : mergedAway) {
            StoryFacts.Story merged = batch.facts().get(away);
            survivor.articles.putAll(merged.articles);
            merged.articles.clear();
            merged.facts = List.of();
            merged.conflicts = List.of();
            merged.mergedAway = true;
        }
    }

    /** Analyses the story again and announces each fact and conflict that is new or whose body changed. */
    public void analyse(WriteBatch batch, String storyId) {
        StoryFacts.Story story = batch.facts().get(storyId);
        StoryAnalysis analysis = analyzer.analyze(storyId, story.claims(), Collections.unmodifiableSet(batch.knownOutlets()),
                story.memo);
        // Facts and conflicts read from the database are compared in that form: a new analysis is converted
        // (convertValue: no text in between) where it has an item of the same id to compare with. After that the story
        // holds what the analysis gave, and analyses compare as they are.
        boolean stored = story.readFromDatabase;
        announce(batch, storyId, EventLog.FACT, "fact", story.facts, analysis.facts(), Fact::id, stored ? Fact.class : null);
        announce(batch, storyId, EventLog.CONFLICT, "conflict", story.conflicts, analysis.conflicts(), Conflict::id, stored ? Conflict.class : null);
        story.readFromDatabase = false;
        story.facts = analysis.facts();
        story.conflicts = analysis.conflicts();
    }

    /** Announces each item of {@code after} that {@code before} lacks or holds otherwise; {@code storedAs} converts it to compare with stored ones. */
    private <T> void announce(WriteBatch batch, String storyId, String type, String field, List<T> before, List<T> after, Function<T, String> id,
            Class<T> storedAs) {
        Map<String, T> old = new HashMap<>();
        before.forEach(item -> old.put(id.apply(item), item));
        for (T item : after) {
            T previous = old.get(id.apply(item));
            if (previous == null || !Objects.equals(previous, storedAs == null ? item : json.convertValue(item, storedAs))) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("storyId", storyId);
                payload.put(field, item);
                batch.events().add(json, type, storyId, payload);
            }
        }
    }

    private <T> List<T> bodies(Connection connection, String sql, String storyId, Class<T> type) throws SQLException {
        List<T> items = new ArrayList<>();
        try (PreparedStatement select = CustomPlans.prepare(connection, sql)) {
            select.setString(1, storyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(JsonText.read(json, rows.getString(1), type));
                }
            }
        }
        return items;
    }
}
