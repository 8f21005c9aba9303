package claimwatch.api.story;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** An article of a story and why it is there: {@code reason} is the clusterer's explanation, {@code score} its similarity. */
public record StoryArticle(String id, String outlet, String title, String url, OffsetDateTime publishedAt, Instant reportedAt,
        String duplicateOf, int claimCount, Float score, @JsonRawValue String reason) {
}
