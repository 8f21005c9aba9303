package claimwatch.api.fact;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.page.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads a story's facts in their stored order, bodies only. */
@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<FactEntity, String> {

    public List<StoredBody> listByStory(String storyId, Optional<String> status, PageRequest page) {
        return StoredBodies.list(getEntityManager(), "FactEntity", storyId, status, page);
    }
}
