package claimwatch.api.claim;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads and replaces the claims of an article. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, String> {

    public List<ClaimEntity> listByArticle(String articleId) {
        return list("articleId = ?1 order by sentenceIndex, id", articleId);
    }

    public long deleteByArticle(String articleId) {
        return delete("articleId", articleId);
    }
}
