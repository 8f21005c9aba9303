package claimwatch.ingest.article;

import java.time.Instant;
import java.time.OffsetDateTime;

/** What ingest publishes on the {@code articles} topic; the contract is contracts/articles/schema.json. */
public record ArticleMessage(
        String id,
        String url,
        String outlet,
        String title,
        String author,
        OffsetDateTime publishedAt,
        Instant ingestedAt,
        String language,
        String text,
        String contentHash,
        String duplicateOf) {

    public ArticleMessage withDuplicateOf(String original) {
        return new ArticleMessage(id, url, outlet, title, author, publishedAt, ingestedAt, language, text, contentHash, original);
    }
}
