package claimwatch.api.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.entity.EntityStore;
import claimwatch.api.event.EventLog;
import claimwatch.api.fact.FactStore;
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

    private final DataSource dataSource;
    private final ArticleStore articles;
    private final ArticleWriter writer;
    private final EntityStore entities;
    private final FactStore facts;
    private final StoryAggregates stories;
    private final OutletStore outlets;
    private final EventLog events;
    private final StoryAssigner assigner;
    private final Clock clock;

    public ClaimsBatchWriter(DataSource dataSource, ArticleStore articles, ArticleWriter writer, EntityStore entities, FactStore facts,
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
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(" + STORY_LOCK + ")")) {
                    lock.execute();
                }
                Set<String> ids = new LinkedHashSet<>();
                messages.forEach(message -> ids.add(message.articleId()));
                WriteBatch batch = new WriteBatch(connection, WriteBatch.stored(Instant.now(clock)), articles.versions(connection, ids),
                        outlets.names(connection));
                List<Outcome> outcomes = new ArrayList<>();
                for (ArticleClaimsMessage message : messages) {
                    outcomes.add(writer.write(batch, message, placer));
                }
                flush(batch);
                connection.commit();
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

    private void flush(WriteBatch batch) throws SQLException {
        Connection connection = batch.connection();
        Set<String> recount = entities.mentionedBy(connection, batch.replacedStored());
        articles.deleteClaims(connection, batch.replacedStored());
        articles.insertClaims(connection, batch.pending().values());
        entities.write(batch, recount);
        facts.write(batch);
        stories.refresh(batch, batch.touchedStories());
        Set<String> touchedOutlets = new LinkedHashSet<>(batch.touchedOutlets());
        touchedOutlets.addAll(outlets.inStories(connection, batch.touchedStories()));
        outlets.recount(batch, touchedOutlets);
        events.append(connection, batch.events());
    }
}
