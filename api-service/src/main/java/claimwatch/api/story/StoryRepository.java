package claimwatch.api.story;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.page.Cursor;
import claimwatch.api.page.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Reads stories: the live ones by last activity, and where a merged one went. */
@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<StoryEntity, String> {

    /** Merges chain at most this deep; deeper would mean a cycle written by mistake. */
    private static final int MAX_HOPS = 16;

    /** Live stories, most recently active first. */
    public List<StoryEntity> listByActivity(PageRequest page) {
        if (page.after().isEmpty()) {
            return find("mergedInto is null order by lastActivity desc, id desc").page(0, page.fetch()).list();
        }
        Cursor after = page.after().get();
        return find("mergedInto is null and (lastActivity < :at or (lastActivity = :at and id < :id)) order by lastActivity desc, id desc",
                Parameters.with("at", after.instant(0)).and("id", after.text(1)))
                .page(0, page.fetch()).list();
    }

    /** The story itself, or the live story it was merged into, following the chain. */
    public Optional<StoryEntity> findLive(String id) {
        Optional<StoryEntity> story = findByIdOptional(id);
        for (int hops = 0; hops < MAX_HOPS && story.isPresent() && story.get().mergedInto != null; hops++) {
            story = findByIdOptional(story.get().mergedInto);
        }
        return story;
    }

    /** Titles of the given stories, for lists that name stories by id. */
    public List<StoryEntity> listByIds(List<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
