package claimwatch.ingest.article;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import claimwatch.ingest.IngestConfig;
import claimwatch.ingest.IngestMetrics;
import claimwatch.ingest.dedupe.NearDuplicate;
import claimwatch.ingest.dedupe.NearDuplicateIndex;
import claimwatch.ingest.dedupe.SimHash;
import io.quarkus.runtime.StartupEvent;

/**
 * Decides whether an article is new: exact duplicates (same text or canonical URL) are not published again;
 * near-duplicates (a syndicated wire story, light edits) are published with {@code duplicateOf} set, so the read
 * model counts them as syndication rather than independent corroboration.
 */
@ApplicationScoped
public class ArticleAdmission {

    private final ArticleLedger ledger;
    private final NearDuplicateIndex nearDuplicates;
    private final IngestMetrics metrics;
    private final int capacity;

    public ArticleAdmission(ArticleLedger ledger, NearDuplicateIndex nearDuplicates, IngestMetrics metrics, IngestConfig config) {
        this.ledger = ledger;
        this.nearDuplicates = nearDuplicates;
        this.metrics = metrics;
        this.capacity = config.dedupe().capacity();
    }

    void rebuildIndex(@Observes StartupEvent started) {
        List<ArticleEntity> newest = ledger.newest(capacity);
        newest.stream().sorted(Comparator.comparing(article -> article.ingestedAt))
                .forEach(article -> nearDuplicates.add(article.id, article.fingerprint));
    }

    public Admission admit(IntakeResult intake, Long feedId) {
        ArticleMessage article = intake.article();
        long fingerprint = SimHash.fingerprint(article.text());
        Optional<NearDuplicate> near = nearDuplicates.nearest(fingerprint).filter(found -> !found.articleId().equals(article.id()));
        ArticleMessage message = near.map(found -> article.withDuplicateOf(found.articleId())).orElse(article);
        Optional<String> known = ledger.recordUnlessKnown(message, intake.canonicalUrl(), fingerprint, feedId);
        if (known.isPresent()) {
            metrics.article(article.outlet(), "duplicate");
            return Admission.duplicate(known.get());
        }
        nearDuplicates.add(article.id(), fingerprint);
        metrics.article(article.outlet(), near.isPresent() ? "near_duplicate" : "accepted");
        return Admission.accepted(article.id(), message.duplicateOf());
    }
}
