package claimwatch.api.claim;

import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes one article and all its claims, with everything derived from them, in one transaction: a batch of one for
 * the batch writer. A message from a newer extractor version replaces the article's claims; an equal or older one
 * changes nothing, so redelivery is harmless.
 */
@ApplicationScoped
public class ArticleClaimsStore {

    private final ClaimsBatchWriter writer;

    public ArticleClaimsStore(ClaimsBatchWriter writer) {
        this.writer = writer;
    }

    public ClaimsBatchWriter.Outcome upsertArticleClaims(ArticleClaimsMessage message) {
        try {
            return writer.write(List.of(message)).get(0);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the claims of article " + message.articleId(), e);
        }
    }
}
