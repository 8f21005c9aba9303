package claimwatch.api.story;

import java.util.Map;
import java.util.TreeMap;

import claimwatch.api.claim.ArticleClaimsMessage;

/** Builds an article's fingerprint from its claims. PLACEHOLDER (to be replaced in this issue): entities only. */
public final class ArticleFingerprints {

    public ArticleFingerprint of(ArticleClaimsMessage message) {
        Map<String, Integer> features = new TreeMap<>();
        for (ArticleClaimsMessage.Claim claim : message.claims()) {
            if (claim.entities() != null) {
                claim.entities().forEach(entity -> features.merge("e:" + entity.canonical().toLowerCase(), 1, Integer::sum));
            }
        }
        return new ArticleFingerprint(message.articleId(), message.article().title(), message.article().reportedAt(), features);
    }
}
