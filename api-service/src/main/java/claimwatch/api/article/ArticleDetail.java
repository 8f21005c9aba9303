package claimwatch.api.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import claimwatch.api.claim.ClaimItem;

/** An article with its text, its story and all its claims with their facets. */
public record ArticleDetail(String id, String outlet, String url, String title, String author, OffsetDateTime publishedAt,
        Instant ingestedAt, Instant reportedAt, String storyId, String language, String duplicateOf, String text,
        String extractor, int extractorVersion, Instant extractedAt, List<ClaimItem> claims) {

    public static ArticleDetail of(ArticleEntity article, List<ClaimItem> claims) {
        return new ArticleDetail(article.id, article.outlet, article.url, article.title, article.author, article.publishedAt,
                article.ingestedAt, article.reportedAt, article.storyId, article.language, article.duplicateOf, article.text,
                article.extractor, article.extractorVersion, article.extractedAt, claims);
    }
}
