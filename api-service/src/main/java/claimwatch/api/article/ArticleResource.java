package claimwatch.api.article;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import claimwatch.api.ApiConfig;
import claimwatch.api.claim.ClaimSearch;
import claimwatch.api.http.Params;
import claimwatch.api.page.Keyset;
import claimwatch.api.page.Page;
import claimwatch.api.page.PageRequest;
import claimwatch.api.problem.NotFoundException;
import claimwatch.api.story.StoryLocator;

/** Articles newest first (or one story's in reported order), and each article with its claims. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final Keyset NEWEST = Keyset.of("articles", Keyset.Type.INSTANT, Keyset.Type.TEXT);
    /** Articles of one story, oldest first; {@code GET /api/stories/{id}} hands out cursors of this keyset. */
    public static final Keyset IN_STORY = Keyset.of("articles-in-story", Keyset.Type.INSTANT, Keyset.Type.TEXT);

    private final ArticleRepository articles;
    private final ClaimSearch claims;
    private final StoryLocator stories;
    private final ApiConfig config;

    public ArticleResource(ArticleRepository articles, ClaimSearch claims, StoryLocator stories, ApiConfig config) {
        this.articles = articles;
        this.claims = claims;
        this.stories = stories;
        this.config = config;
    }

    @GET
    public Page<ArticleSummary> list(@QueryParam("story") String story, @QueryParam("outlet") String outlet,
            @QueryParam("since") String since, @QueryParam("until") String until,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        ArticleFilter filter = new ArticleFilter(Params.id("story", story).map(id -> stories.resolve(id, "story")),
                Params.text("outlet", outlet, 200), Params.instant("since", since, false), Params.instant("until", until, true));
        Keyset keyset = filter.story().isPresent() ? IN_STORY : NEWEST;
        PageRequest page = PageRequest.of(limit, cursor, keyset, config);
        return Page.of(articles.list(filter, page), page.limit(), ArticleSummary::of,
                article -> keyset.after(article.reportedAt, article.id));
    }

    @GET
    @Path("{id}")
    public ArticleDetail get(@PathParam("id") String id) {
        ArticleEntity article = articles.findByIdOptional(Params.pathId("article", id)).orElseThrow(() -> new NotFoundException("No article " + id));
        return ArticleDetail.of(article, claims.byArticle(id));
    }

}
