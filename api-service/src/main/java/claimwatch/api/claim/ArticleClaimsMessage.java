package claimwatch.api.claim;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * All claims of one article from one extractor version, as read from {@code claims}; contract:
 * contracts/claims/schema.json. Version 1 messages carry no facets: their lists are null and their claims take part
 * in search and listings only.
 */
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

        /** When the article counts as reported: its published time, or its ingestion time when the page gave none. */
        public Instant reportedAt() {
            return publishedAt != null ? publishedAt.toInstant() : ingestedAt;
        }
    }

    /** One claim with its character span in the article text and, from extractor version 2 on, its facets. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(
            String id,
            String text,
            Span span,
            Integer sentenceIndex,
            String kind,
            List<Quantity> quantities,
            List<Money> money,
            List<DateMention> dates,
            List<EntityMention> entities,
            Attribution attribution,
            Modality modality,
            Double checkworthiness,
            List<Slot> slots) {
    }

    /** Character offsets, end exclusive. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Span(Integer start, Integer end) {
    }

    /** A count or measure; {@code upper} is set for ranges; {@code key} is what is counted, singular. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quantity(String text, Span span, double value, Double upper, String unit, String item, String key, String qualifier) {
    }

    /** An amount of money in an ISO 4217 currency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Money(String text, Span span, double amount, Double upper, String currency, String qualifier) {
    }

    /** A date as 2024-03-12, 2024-03 or 2024 (null when a relative date could not be resolved). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DateMention(String text, Span span, String value, String granularity, String role) {
    }

    /** A named person, organisation, place or product, with its canonical name within the article. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EntityMention(String text, Span span, String canonical, String type) {
    }

    /** Who says it: direct-quote, indirect, according-to or outlet-citation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attribution(List<String> speakers, String role, String cue, String kind) {
    }

    /** asserted, hedged, conditional or negated, with the words that said so. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Modality(String value, String cue) {
    }

    /** A match key for cross-outlet analysis pointing at one quantity, money value or date of the claim. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Slot(String key, String facet, int index) {
    }
}
