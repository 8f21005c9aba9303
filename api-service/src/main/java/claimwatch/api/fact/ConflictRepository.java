package claimwatch.api.fact;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.page.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads a story's conflicts in their stored order, bodies only. */
@ApplicationScoped
public class ConflictRepository implements PanacheRepositoryBase<ConflictEntity, String> {

    public List<StoredBody> listByStory(String storyId, PageRequest page) {
        return StoredBodies.list(getEntityManager(), "ConflictEntity", storyId, Optional.empty(), page);
    }
}
