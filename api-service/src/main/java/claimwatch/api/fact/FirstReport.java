package claimwatch.api.fact;

import java.time.Instant;
import java.util.List;

/** The outlet that reported a fact first, and whom that article says it relies on. */
public record FirstReport(String outlet, String articleId, Instant publishedAt, List<String> citationChain) {
}
