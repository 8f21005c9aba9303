package claimwatch.api.fact;

import java.time.Instant;
import java.util.List;

import claimwatch.api.claim.ArticleClaimsMessage;

/**
 * One claim behind a fact. {@code syndicatedFrom} names the article it copies (a near-duplicate counts as
 * syndication, not independent support); {@code citationChain} lists the outlets it relies on, nearest first.
 */
public record Support(
        String claimId,
        String articleId,
        String outlet,
        Instant publishedAt,
        String text,
        ArticleClaimsMessage.Attribution attribution,
        String modality,
        String syndicatedFrom,
        List<String> citationChain) {
}
