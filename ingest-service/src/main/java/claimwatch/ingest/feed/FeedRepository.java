package claimwatch.ingest.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Feeds, and the claim on due feeds that keeps two pollers (or two replicas) off the same feed. */
@ApplicationScoped
public class FeedRepository implements PanacheRepositoryBase<FeedEntity, Long> {

    public Optional<FeedEntity> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }

    public List<FeedEntity> listAll() {
        return listAll(Sort.by("id"));
    }

    /**
     * Locks up to {@code limit} due feeds, skipping those another replica holds, and moves their next poll to
     * {@code leaseUntil} so nobody takes them while they are polled. Call inside a transaction.
     */
    @SuppressWarnings("unchecked")
    public List<FeedEntity> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<FeedEntity> due = getEntityManager().createNativeQuery(
                "SELECT * FROM feed WHERE next_poll_at <= :now ORDER BY next_poll_at, id LIMIT :limit FOR UPDATE SKIP LOCKED", FeedEntity.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        due.forEach(feed -> feed.nextPollAt = leaseUntil);
        return due;
    }
}
