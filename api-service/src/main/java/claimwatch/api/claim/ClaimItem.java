package claimwatch.api.claim;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A claim with its facets as the API shows it. {@code attribution} and {@code facets} (quantities, money, dates,
 * entities, slots) are the extractor's JSON as stored; {@code entityIds} link to {@code GET /api/entities/{id}}.
 */
public record ClaimItem(String id, String articleId, String storyId, String outlet, Instant reportedAt, int sentenceIndex,
        Span span, String text, String kind, Modality modality, Float checkworthiness, @JsonRawValue String attribution,
        @JsonRawValue String facets, List<String> entityIds) {

    /** Character offsets in the article text, end exclusive. */
    public record Span(int start, int end) {
    }

    /** asserted, hedged, conditional or negated, with the words that said so. */
    public record Modality(String value, String cue) {
    }
}
