package claimwatch.api.article;

import java.time.Instant;
import java.time.OffsetDateTime;

/** An article in a list, with the story it belongs to. */
public record ArticleSummary(String id, String outlet, String url, String title, String author, OffsetDateTime publishedAt,
        Instant ingestedAt, Instant reportedAt, String storyId, String duplicateOf, int claimCount) {

    public static ArticleSummary of(ArticleEntity article) {
        return new ArticleSummary(article.id, article.outlet, article.url, article.title, article.author, article.publishedAt,
                article.ingestedAt, article.reportedAt, article.storyId, article.duplicateOf, article.claimCount);
    }
}
