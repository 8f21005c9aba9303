package claimwatch.api.story;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import claimwatch.api.ApiConfig;
import claimwatch.api.article.ArticleRepository;
import claimwatch.api.article.ArticleResource;
import claimwatch.api.page.Keyset;
import claimwatch.api.page.Page;
import claimwatch.api.page.PageRequest;

/** Live stories by last activity, and each story with its articles and why they are in it. */
@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    static final Keyset KEYSET = Keyset.of("stories", Keyset.Type.INSTANT, Keyset.Type.TEXT);
    static final int INLINE_ARTICLES = 200;

    private final StoryRepository stories;
    private final StoryLocator locator;
    private final ArticleRepository articles;
    private final ApiConfig config;

    public StoryResource(StoryRepository stories, StoryLocator locator, ArticleRepository articles, ApiConfig config) {
        this.stories = stories;
        this.locator = locator;
        this.articles = articles;
        this.config = config;
    }

    @GET
    public Page<StorySummary> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, KEYSET, config);
        return Page.of(stories.listByActivity(page), page.limit(), StorySummary::of,
                story -> KEYSET.after(story.lastActivity, story.id));
    }

    @GET
    @Path("{id}")
    public StoryDetail get(@PathParam("id") String id) {
        StoryEntity story = locator.require(id, "");
        List<StoryArticle> rows = articles.listInStory(story.id, INLINE_ARTICLES + 1);
        if (rows.size() <= INLINE_ARTICLES) {
            return StoryDetail.of(story, rows, null);
        }
        List<StoryArticle> shown = rows.subList(0, INLINE_ARTICLES);
        StoryArticle last = shown.get(shown.size() - 1);
        String more = "/api/articles?story=" + story.id + "&cursor="
                + ArticleResource.IN_STORY.after(last.reportedAt(), last.id()).encode();
        return StoryDetail.of(story, shown, more);
    }
}
