package claimwatch.api.claim;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import claimwatch.api.article.ArticleEntity;
import claimwatch.api.article.ArticleRepository;

/**
 * Writes one article and all its claims in one transaction. A message from a newer extractor version replaces the
 * article's claims; an equal or older one changes nothing, so redelivery is harmless.
 */
@ApplicationScoped
public class ArticleClaimsStore {

    /** What a message did to the read model. */
    public enum Outcome { CREATED, REPLACED, UNCHANGED }

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final Clock clock;

    public ArticleClaimsStore(ArticleRepository articles, ClaimRepository claims, Clock clock) {
        this.articles = articles;
        this.claims = claims;
        this.clock = clock;
    }

    @Transactional
    public Outcome upsertArticleClaims(ArticleClaimsMessage message) {
        Optional<ArticleEntity> existing = articles.findForUpdate(message.articleId());
        if (existing.isPresent() && existing.get().extractorVersion >= message.extractorVersion()) {
            return Outcome.UNCHANGED;
        }
        ArticleEntity article = existing.orElseGet(ArticleEntity::new);
        copy(message, article);
        if (existing.isEmpty()) {
            articles.persist(article);
        } else {
            claims.deleteByArticle(article.id);
        }
        for (ArticleClaimsMessage.Claim claim : message.claims()) {
            claims.persist(entity(article.id, claim));
        }
        return existing.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
    }

    private void copy(ArticleClaimsMessage message, ArticleEntity article) {
        ArticleClaimsMessage.Article source = message.article();
        article.id = message.articleId();
        article.url = source.url();
        article.outlet = source.outlet();
        article.title = source.title();
        article.author = source.author();
        article.publishedAt = source.publishedAt();
        article.ingestedAt = source.ingestedAt();
        article.language = source.language();
        article.text = source.text();
        article.duplicateOf = source.duplicateOf();
        article.extractor = message.extractor();
        article.extractorVersion = message.extractorVersion();
        article.extractedAt = message.extractedAt();
        article.claimCount = message.claims().size();
        article.updatedAt = Instant.now(clock);
    }

    private static ClaimEntity entity(String articleId, ArticleClaimsMessage.Claim claim) {
        ClaimEntity entity = new ClaimEntity();
        entity.id = claim.id();
        entity.articleId = articleId;
        entity.sentenceIndex = claim.sentenceIndex();
        entity.spanStart = claim.span().start();
        entity.spanEnd = claim.span().end();
        entity.text = claim.text();
        return entity;
    }
}
