package claimwatch.api.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.page.Cursor;
import claimwatch.api.page.PageRequest;
import claimwatch.api.story.StoryArticle;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Reads and locks articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    private static final String STORY_ARTICLE = "select new claimwatch.api.story.StoryArticle(a.id, a.outlet, a.title, a.url,"
            + " a.publishedAt, a.reportedAt, a.duplicateOf, a.claimCount, a.storyScore, a.storyReason) from ArticleEntity a";

    /**
     * Newest first by reported time, or, with a story, in the story's order (oldest first) so the list continues
     * {@code GET /api/stories/{id}}.
     */
    public List<ArticleEntity> list(ArticleFilter filter, PageRequest page) {
        boolean inStory = filter.story().isPresent();
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter.story().ifPresent(story -> add(where, parameters, "storyId = :story", "story", story));
        filter.outlet().ifPresent(outlet -> add(where, parameters, "outlet = :outlet", "outlet", outlet));
        filter.since().ifPresent(since -> add(where, parameters, "reportedAt >= :since", "since", since));
        filter.until().ifPresent(until -> add(where, parameters, "reportedAt < :until", "until", until));
        if (page.after().isPresent()) {
            Cursor after = page.after().get();
            // A row comparison, unlike the equivalent OR, is an index condition: deep pages cost what the first one does.
            where.add(inStory ? "(reportedAt, id) > (:at, :id)" : "(reportedAt, id) < (:at, :id)");
            parameters.and("at", after.instant(0)).and("id", after.text(1));
        }
        String order = inStory ? "order by reportedAt, id" : "order by reportedAt desc, id desc";
        String query = where.isEmpty() ? order : String.join(" and ", where) + " " + order;
        return find(query, parameters).page(0, page.fetch()).list();
    }

    /** The first {@code limit} articles of a story in reported order, without their text. */
    public List<StoryArticle> listInStory(String storyId, int limit) {
        return getEntityManager().createQuery(STORY_ARTICLE + " where a.storyId = :story order by a.reportedAt, a.id", StoryArticle.class)
                .setParameter("story", storyId).setMaxResults(limit).getResultList();
    }

    private static void add(List<String> where, Parameters parameters, String condition, String name, Object value) {
        where.add(condition);
        parameters.and(name, value);
    }
}
