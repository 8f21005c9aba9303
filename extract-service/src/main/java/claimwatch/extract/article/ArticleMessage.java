package claimwatch.extract.article;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An article as read from the {@code articles} topic; the contract is contracts/articles/schema.json. */
@JsonIgnoreProperties(ignoreUnknown = true)
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
}
