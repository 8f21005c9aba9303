package claimwatch.api.fact;

import claimwatch.api.claim.ArticleClaimsMessage;

/** One claim of a story's article. */
public record StoryClaim(ArticleRef article, ArticleClaimsMessage.Claim claim) {
}
