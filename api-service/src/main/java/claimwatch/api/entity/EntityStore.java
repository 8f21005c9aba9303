package claimwatch.api.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.claim.CustomPlans;
import claimwatch.api.claim.WriteBatch;

/**
 * Keeps {@code entity} and {@code claim_entity} in step with the claims of a batch. New mentions add to an entity's
 * counts; an entity that lost mentions to a replacement is counted again from its links, so counts stay exact. An
 * entity keeps its row (and its first spelling) when its count drops to zero.
 */
@ApplicationScoped
public class EntityStore {

    private record Tally(String canonical, String type, Set<String> articles, int[] claims, Instant[] seen) {
    }

    private record Link(String claimId, String entityId, String articleId) {
    }

    private static final String UPSERT = """
            INSERT INTO entity (id, canonical, type, article_count, claim_count, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET article_count = entity.article_count + excluded.article_count,
                claim_count = entity.claim_count + excluded.claim_count,
                first_seen = least(entity.first_seen, excluded.first_seen), last_seen = greatest(entity.last_seen, excluded.last_seen)""";

    private static final String RECOUNT = """
            UPDATE entity e SET article_count = coalesce(s.articles, 0), claim_count = coalesce(s.claims, 0),
                first_seen = coalesce(s.first_seen, e.first_seen), last_seen = coalesce(s.last_seen, e.last_seen)
            FROM (SELECT ids.id, count(DISTINCT ce.article_id) AS articles, count(ce.claim_id) AS claims,
                         min(a.reported_at) AS first_seen, max(a.reported_at) AS last_seen
                  FROM unnest(?::varchar[]) AS ids(id)
                  LEFT JOIN claim_entity ce ON ce.entity_id = ids.id
                  LEFT JOIN article a ON a.id = ce.article_id
                  GROUP BY ids.id) s
            WHERE e.id = s.id""";

    /** Entities the stored claims of these articles mention; call before those claims are deleted. */
    public Set<String> mentionedBy(Connection connection, Collection<String> articleIds) throws SQLException {
        Set<String> ids = new TreeSet<>();
        if (articleIds.isEmpty()) {
            return ids;
        }
        try (PreparedStatement select = CustomPlans.prepare(connection, "SELECT DISTINCT ce.entity_id FROM claim c JOIN claim_entity ce ON ce.claim_id = c.id WHERE c.article_id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", articleIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** Adds the pending articles' mentions; call after their claims are inserted. {@code recount}: entities that lost mentions. */
    public void write(WriteBatch batch, Set<String> recount) throws SQLException {
        TreeMap<String, Tally> tallies = new TreeMap<>();
        Set<Link> links = new LinkedHashSet<>();
        for (WriteBatch.PendingArticle article : batch.pending().values()) {
            for (ArticleClaimsMessage.Claim claim : article.claims()) {
                Set<String> inClaim = new TreeSet<>();
                for (ArticleClaimsMessage.EntityMention mention : claim.entities() == null ? java.util.List.<ArticleClaimsMessage.EntityMention>of() : claim.entities()) {
                    if (mention == null || mention.canonical() == null || mention.canonical().isBlank() || mention.type() == null) {
                        continue;
                    }
                    String id = EntityIds.of(mention.type(), mention.canonical());
                    Tally tally = tallies.computeIfAbsent(id, key -> new Tally(mention.canonical(), mention.type(), new TreeSet<>(), new int[1],
                            new Instant[] {article.reportedAt(), article.reportedAt()}));
                    if (inClaim.add(id)) {
                        tally.claims()[0]++;
                        links.add(new Link(claim.id(), id, article.articleId()));
                    }
                    tally.articles().add(article.articleId());
                    tally.seen()[0] = min(tally.seen()[0], article.reportedAt());
                    tally.seen()[1] = max(tally.seen()[1], article.reportedAt());
                }
            }
        }
        Connection connection = batch.connection();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (var entry : tallies.entrySet()) {
                Tally tally = entry.getValue();
                upsert.setString(1, entry.getKey());
                upsert.setString(2, tally.canonical());
                upsert.setString(3, tally.type());
                upsert.setInt(4, tally.articles().size());
                upsert.setInt(5, tally.claims()[0]);
                upsert.setObject(6, WriteBatch.utc(tally.seen()[0]));
                upsert.setObject(7, WriteBatch.utc(tally.seen()[1]));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO claim_entity (claim_id, entity_id, article_id) VALUES (?, ?, ?)")) {
            for (Link link : links) {
                insert.setString(1, link.claimId());
                insert.setString(2, link.entityId());
                insert.setString(3, link.articleId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!recount.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(RECOUNT)) {
                update.setArray(1, connection.createArrayOf("varchar", recount.toArray()));
                update.executeUpdate();
            }
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
