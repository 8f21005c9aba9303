package claimwatch.api.article;

import java.time.Instant;
import java.time.OffsetDateTime;

/** An article in a list. */
public record ArticleSummary(String id, String outlet, String url, String title, String author, OffsetDateTime publishedAt,
        Instant ingestedAt, int claimCount) {

    public static ArticleSummary of(ArticleEntity article) {
        return new ArticleSummary(article.id, article.outlet, article.url, article.title, article.author, article.publishedAt,
                article.ingestedAt, article.claimCount);
    }
}
