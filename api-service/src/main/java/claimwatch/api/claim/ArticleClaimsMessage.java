package claimwatch.api.claim;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** All claims of one article from one extractor version, as read from {@code claims}; contract: contracts/claims/schema.json. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleClaimsMessage(
        String articleId,
        String extractor,
        Integer extractorVersion,
        Instant extractedAt,
        Article article,
        List<Claim> claims) {

    /** The article the claims come from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
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
    }

    /** One claim with its character span in the article text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(String id, String text, Span span, Integer sentenceIndex) {
    }

    /** Character offsets, end exclusive. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Span(Integer start, Integer end) {
    }
}
