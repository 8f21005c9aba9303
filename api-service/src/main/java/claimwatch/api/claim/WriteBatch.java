package claimwatch.api.claim;

import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import claimwatch.api.event.EventLog;
import claimwatch.api.fact.StoryFacts;

/**
 * What one write transaction has done so far: the rows still to be flushed in bulk (claims, entity links, facts,
 * outlet and story figures, events) and what later articles of the same batch must see (versions, known outlets).
 */
public final class WriteBatch {

    /** An article's claims waiting for the bulk insert at the end of the batch. */
    public record PendingArticle(String articleId, String outlet, Instant reportedAt, List<StoredClaim> stored,
            List<ArticleClaimsMessage.Claim> claims) {
    }

    private final Connection connection;
    private final Instant now;
    private final Map<String, Integer> versions;
    private final Set<String> knownOutlets;
    private final Map<String, PendingArticle> pending = new LinkedHashMap<>();
    private final Set<String> replacedStored = new LinkedHashSet<>();
    private final Set<String> touchedOutlets = new TreeSet<>();
    private final Set<String> touchedStories = new LinkedHashSet<>();
    private final StoryFacts facts = new StoryFacts();
    private final Map<String, Map<String, Integer>> storyFeatures = new HashMap<>();
    private final EventLog.Buffer events = new EventLog.Buffer();

    public WriteBatch(Connection connection, Instant now, Map<String, Integer> versions, Set<String> knownOutlets) {
        this.connection = connection;
        this.now = now;
        this.versions = versions;
        this.knownOutlets = new TreeSet<>(knownOutlets);
    }

    /** Times as PostgreSQL keeps them (microseconds), so what later articles compare with equals what a restart reloads. */
    public static Instant stored(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    public static OffsetDateTime utc(Instant time) {
        return time == null ? null : OffsetDateTime.ofInstant(stored(time), ZoneOffset.UTC);
    }

    public Connection connection() {
        return connection;
    }

    public Instant now() {
        return now;
    }

    /** The extractor version stored for the article, or null when it is new. */
    public Integer storedVersion(String articleId) {
        return versions.get(articleId);
    }

    public void stored(String articleId, int version, boolean existedBefore) {
        if (existedBefore && !pending.containsKey(articleId)) {
            replacedStored.add(articleId);
        }
        versions.put(articleId, version);
    }

    public Set<String> knownOutlets() {
        return knownOutlets;
    }

    public void addPending(PendingArticle article) {
        pending.put(article.articleId(), article);
        if (article.outlet() != null) {
            knownOutlets.add(article.outlet());
            touchedOutlets.add(article.outlet());
        }
    }

    public Map<String, PendingArticle> pending() {
        return pending;
    }

    /** Articles that were in the database before this batch and got a newer version: their old claims go. */
    public Set<String> replacedStored() {
        return replacedStored;
    }

    public void touchOutlet(String outlet) {
        if (outlet != null) {
            touchedOutlets.add(outlet);
        }
    }

    public Set<String> touchedOutlets() {
        return touchedOutlets;
    }

    public void touchStory(String storyId) {
        touchedStories.add(storyId);
    }

    public Set<String> touchedStories() {
        return touchedStories;
    }

    public StoryFacts facts() {
        return facts;
    }

    /** Features of the stories this batch has read, kept current as it adds to them; absent when not read (or invalidated). */
    public Map<String, Map<String, Integer>> storyFeatures() {
        return storyFeatures;
    }

    public EventLog.Buffer events() {
        return events;
    }
}
