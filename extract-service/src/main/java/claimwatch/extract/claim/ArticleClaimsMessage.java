package claimwatch.extract.claim;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import claimwatch.extract.article.ArticleMessage;

/** What extract publishes on the {@code claims} topic; the contract is contracts/claims/schema.json. */
public record ArticleClaimsMessage(
        String articleId,
        String extractor,
        int extractorVersion,
        Instant extractedAt,
        Article article,
        List<Claim> claims) {

    /** The message for an article and the claims {@code extractor} found in it. */
    public static ArticleClaimsMessage of(ArticleMessage article, ClaimExtractor extractor, List<Claim> claims, Instant extractedAt) {
        return new ArticleClaimsMessage(article.id(), extractor.name(), extractor.version(), extractedAt, Article.of(article), claims);
    }

    /** The article the claims come from, so the read model needs no other topic. */
    public record Article(
            String id,
            String url,
            String outlet,
            String title,
            String author,
            OffsetDateTime publishedAt,
            Instant ingestedAt,
            String language,
            String text,
            String duplicateOf) {

        public static Article of(ArticleMessage message) {
            return new Article(message.id(), message.url(), message.outlet(), message.title(), message.author(),
                    message.publishedAt(), message.ingestedAt(), message.language(), message.text(), message.duplicateOf());
        }
    }
}
