package claimwatch.ingest.article;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import claimwatch.ingest.problem.FieldError;

/** Many pushed articles in one request, and what became of each. */
public record ArticleBatch(List<ArticleSubmission> articles) {

    /** Totals and one item per submitted article, in order. */
    public record Result(int accepted, int duplicates, int invalid, List<Item> items) {
    }

    /** One article of a batch: its admission, or the fields at fault. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(int index, String id, String status, String duplicateOf, List<FieldError> errors) {
    }
}
