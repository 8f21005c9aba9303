package claimwatch.api.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import claimwatch.api.claim.ClaimView;

/** An article with its text and all its claims. */
public record ArticleDetail(String id, String outlet, String url, String title, String author, OffsetDateTime publishedAt,
        Instant ingestedAt, String language, String duplicateOf, String text, String extractor, int extractorVersion,
        Instant extractedAt, List<ClaimView> claims) {

    public static ArticleDetail of(ArticleEntity article, List<ClaimView> claims) {
        return new ArticleDetail(article.id, article.outlet, article.url, article.title, article.author, article.publishedAt,
                article.ingestedAt, article.language, article.duplicateOf, article.text, article.extractor,
                article.extractorVersion, article.extractedAt, claims);
    }
}
