package claimwatch.api.article;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import claimwatch.api.page.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Reads and locks articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    public Optional<ArticleEntity> findForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Newest first by ingestion time; {@code after} continues behind the last item of the previous page. */
    public List<ArticleEntity> listNewestFirst(Optional<Cursor> after, int limit) {
        if (after.isEmpty()) {
            return find("order by ingestedAt desc, id desc").page(0, limit).list();
        }
        return find("ingestedAt < :at or (ingestedAt = :at and id < :id) order by ingestedAt desc, id desc",
                Parameters.with("at", after.get().at()).and("id", after.get().id()))
                .page(0, limit).list();
    }
}
