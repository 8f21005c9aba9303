package claimwatch.api.fact;

import java.util.Optional;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import claimwatch.api.page.Cursor;
import claimwatch.api.page.PageRequest;

/** The one keyset query facts and conflicts share: by story, then (position, id). */
final class StoredBodies {

    private StoredBodies() {
    }

    static List<StoredBody> list(EntityManager em, String entity, String storyId, Optional<String> status, PageRequest page) {
        StringBuilder hql = new StringBuilder("select new claimwatch.api.fact.StoredBody(x.position, x.id, x.body) from ")
                .append(entity).append(" x where x.storyId = :story");
        status.ifPresent(s -> hql.append(" and x.status = :status"));
        page.after().ifPresent(after -> hql.append(" and (x.position > :position or (x.position = :position and x.id > :id))"));
        hql.append(" order by x.position, x.id");
        TypedQuery<StoredBody> query = em.createQuery(hql.toString(), StoredBody.class).setParameter("story", storyId)
                .setMaxResults(page.fetch());
        status.ifPresent(s -> query.setParameter("status", s));
        if (page.after().isPresent()) {
            Cursor after = page.after().get();
            query.setParameter("position", (int) after.integer(0)).setParameter("id", after.text(1));
        }
        return query.getResultList();
    }
}
