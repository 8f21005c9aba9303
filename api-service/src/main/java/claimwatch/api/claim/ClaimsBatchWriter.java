package claimwatch.api.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import claimwatch.api.entity.EntityStore;
import claimwatch.api.event.EventLog;
import claimwatch.api.fact.FactRows;
import claimwatch.api.outlet.OutletStore;
import claimwatch.api.story.StoryAggregates;
import claimwatch.api.story.StoryAssigner;
import claimwatch.api.story.StoryPlacer;

/**
 * Writes a batch of claims messages in one transaction, under the story lock: each article with its claims, its
 * story and the story's facts and conflicts, then in bulk the claims, entities, figures and events. Articles are
 * handled one after another in topic order, so the result does not depend on where batches begin and end.
 */
@ApplicationScoped
public class ClaimsBatchWriter {

    /** The advisory lock every writer of stories, facts and events holds for its transaction. */
    public static final long STORY_LOCK = 5150;

    /** What a message did to the read model. */
    public enum Outcome { CREATED, REPLACED, UNCHANGED }

    private static final Logger LOG = Logger.getLogger(ClaimsBatchWriter.class);

    private final DataSource dataSource;
    private final ArticleStore articles;
    private final ArticleWriter writer;
    private final EntityStore entities;
    private final FactRows facts;
    private final StoryAggregates stories;
    private final OutletStore outlets;
    private final EventLog events;
    private final StoryAssigner assigner;
    private final Clock clock;

    public ClaimsBatchWriter(DataSource dataSource, ArticleStore articles, ArticleWriter writer, EntityStore entities, FactRows facts,
            StoryAggregates stories, OutletStore outlets, EventLog events, StoryAssigner assigner, Clock clock) {
        this.dataSource = dataSource;
        this.articles = articles;
        this.writer = writer;
        this.entities = entities;
        this.facts = facts;
        this.stories = stories;
        this.outlets = outlets;
        this.events = events;
        this.assigner = assigner;
        this.clock = clock;
    }

    /** Stores the messages in order and commits; on any failure nothing of the batch stays. */
    public List<Outcome> write(List<ArticleClaimsMessage> messages) throws SQLException {
        return write(messages, assigner::decide);
    }

    /** As {@link #write(List)}, with story decisions from {@code placer} (tests force starts, joins and merges with it). */
    List<Outcome> write(List<ArticleClaimsMessage> messages, StoryPlacer placer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement setup = connection.createStatement()) {
                    setup.execute("SELECT pg_advisory_xact_lock(" + STORY_LOCK + ")");
                    // The pool plans every statement afresh for the sake of text search (application.properties); the
                    // writer's statements have one good plan each, so within its transaction PostgreSQL may keep it.
                    setup.execute("SET LOCAL plan_cache_mode = auto");
                }
                Set<String> ids = new LinkedHashSet<>();
                messages.forEach(message -> ids.add(message.articleId()));
                WriteBatch batch = new WriteBatch(connection, WriteBatch.stored(Instant.now(clock)), articles.versions(connection, ids),
                        outlets.names(connection));
                long start = System.nanoTime();
                List<Outcome> outcomes = new ArrayList<>();
                for (ArticleClaimsMessage message : messages) {
                    outcomes.add(writer.write(batch, message, placer));
                }
                long placed = System.nanoTime();
                long[] phases = flush(batch);
                connection.commit();
                if (LOG.isDebugEnabled()) {
                    LOG.debugf("claims batch of %d: articles %d ms, flush %s ms, commit %d ms", messages.size(), (placed - start) / 1_000_000,
                            Arrays.toString(Arrays.copyOf(phases, phases.length - 1)),
                            (System.nanoTime() - phases[phases.length - 1]) / 1_000_000);
                }
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    /** Writes what the batch collected; answers the milliseconds of each step (claims, entities, facts, stories, outlets, events) and the end time. */
    private long[] flush(WriteBatch batch) throws SQLException {
        Connection connection = batch.connection();
        long[] times = new long[7];
        long at = System.nanoTime();
        Set<String> recount = entities.mentionedBy(connection, batch.replacedStored());
        articles.deleteClaims(connection, batch.replacedStored());
        articles.insertClaims(connection, batch.pending().values());
        at = lap(times, 0, at);
        entities.write(batch, recount);
        at = lap(times, 1, at);
        facts.write(batch);
        at = lap(times, 2, at);
        stories.refresh(batch, batch.touchedStories());
        at = lap(times, 3, at);
        Set<String> touchedOutlets = new LinkedHashSet<>(batch.touchedOutlets());
        touchedOutlets.addAll(outlets.inStories(connection, batch.touchedStories()));
        outlets.recount(batch, touchedOutlets);
        at = lap(times, 4, at);
        events.append(connection, batch.events());
        at = lap(times, 5, at);
        times[6] = at;
        return times;
    }

    private static long lap(long[] times, int step, long since) {
        long now = System.nanoTime();
        times[step] = (now - since) / 1_000_000;
        return now;
    }
}
