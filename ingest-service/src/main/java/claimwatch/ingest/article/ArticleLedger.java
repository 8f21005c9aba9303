package claimwatch.ingest.article;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import claimwatch.ingest.outbox.Outbox;
import claimwatch.ingest.outbox.OutboxRelay;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Accepted articles: recording one and queueing its message happen in one transaction, or not at all. */
@ApplicationScoped
public class ArticleLedger implements PanacheRepositoryBase<ArticleEntity, String> {

    private final Outbox outbox;

    public ArticleLedger(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Records the article and queues it for the {@code articles} topic, unless an article with the same id, content
     * hash or canonical URL is already recorded: then nothing is written and that article's id is returned.
     */
    @Transactional
    public Optional<String> recordUnlessKnown(ArticleMessage article, Optional<String> canonicalUrl, long fingerprint, Long feedId) {
        int inserted = getEntityManager().createNativeQuery("""
                INSERT INTO article (id, content_hash, canonical_url, fingerprint, outlet, duplicate_of, feed_id, ingested_at)
                VALUES (:id, :hash, :url, :fingerprint, :outlet, :duplicateOf, :feedId, :ingestedAt)
                ON CONFLICT DO NOTHING""")
                .setParameter("id", article.id())
                .setParameter("hash", article.contentHash())
                .setParameter("url", canonicalUrl.orElse(null))
                .setParameter("fingerprint", fingerprint)
                .setParameter("outlet", article.outlet())
                .setParameter("duplicateOf", article.duplicateOf())
                .setParameter("feedId", feedId)
                .setParameter("ingestedAt", article.ingestedAt())
                .executeUpdate();
        if (inserted == 0) {
            return Optional.of(knownId(article, canonicalUrl));
        }
        outbox.add(OutboxRelay.CHANNEL, article.id(), article);
        return Optional.empty();
    }

    @Transactional
    public Optional<String> findIdByCanonicalUrl(String canonicalUrl) {
        return find("canonicalUrl", canonicalUrl).firstResultOptional().map(article -> article.id);
    }

    /** Fingerprints of the newest articles, newest first, to rebuild the near-duplicate index at start. */
    @Transactional
    public List<ArticleEntity> newest(int limit) {
        return findAll(Sort.descending("ingestedAt")).page(Page.ofSize(limit)).list();
    }

    private String knownId(ArticleMessage article, Optional<String> canonicalUrl) {
        return findByIdOptional(article.id())
                .or(() -> find("contentHash", article.contentHash()).firstResultOptional())
                .or(() -> canonicalUrl.flatMap(url -> find("canonicalUrl", url).firstResultOptional()))
                .map(known -> known.id)
                .orElseThrow(() -> new IllegalStateException("Insert of " + article.id() + " conflicted with nothing visible"));
    }
}
