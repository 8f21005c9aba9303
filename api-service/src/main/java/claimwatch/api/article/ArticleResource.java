package claimwatch.api.article;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import claimwatch.api.ApiConfig;
import claimwatch.api.http.ApiExamples;
import claimwatch.api.problem.Problem;
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
    @Operation(summary = "List articles", description = "Newest first by reported time (published, else ingested), then id. With story, the story's articles oldest first, continuing GET /api/stories/{id}. since is inclusive, until exclusive.")
    @APIResponse(responseCode = "200", description = "OK; ETag set, If-None-Match answers 304", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = ApiExamples.ARTICLE_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad filter, limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "bad since", value = ApiExamples.BAD_SINCE), @ExampleObject(name = "bad limit", value = ApiExamples.BAD_LIMIT), @ExampleObject(name = "cursor of another list", value = ApiExamples.BAD_CURSOR)}))
    @APIResponse(responseCode = "404", description = "Unknown story in the story filter", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "unknown story", value = ApiExamples.UNKNOWN_STORY_FILTER)}))
    public Page<ArticleSummary> list(
            @Parameter(description = "Only this story (a merged story id means its survivor)", example = "0b8e6f1c2d3a4b5c6d7e8f9012345678") @QueryParam("story") String story,
            @Parameter(description = "Only this outlet, exact name", example = "Meridian Wire") @QueryParam("outlet") String outlet,
            @Parameter(description = "Reported at or after: ISO-8601 instant or date (UTC day start)", example = "2024-03-11") @QueryParam("since") String since,
            @Parameter(description = "Reported before: ISO-8601 instant, or a date meaning up to the end of that day (UTC)", example = "2024-03-12T23:59:59Z") @QueryParam("until") String until,
            @Parameter(description = "Items per page, 1 to api.page.max-limit (default api.page.default-limit)", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page; opaque, valid only for the list that gave it") @QueryParam("cursor") String cursor) {
        ArticleFilter filter = new ArticleFilter(Params.id("story", story).map(id -> stories.resolve(id, "story")),
                Params.text("outlet", outlet, 200), Params.instant("since", since, false), Params.instant("until", until, true));
        Keyset keyset = filter.story().isPresent() ? IN_STORY : NEWEST;
        PageRequest page = PageRequest.of(limit, cursor, keyset, config);
        return Page.of(articles.list(filter, page), page.limit(), ArticleSummary::of,
                article -> keyset.after(article.reportedAt, article.id));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article with its claims", description = "The article, its story and every claim with its facets (kind, modality, check-worthiness, attribution, quantities, money, dates, entities, slots).")
    @APIResponse(responseCode = "200", description = "OK; ETag set, If-None-Match answers 304", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE)))
    @APIResponse(responseCode = "404", description = "No such article", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "unknown article", value = ApiExamples.UNKNOWN_ARTICLE)}))
    public ArticleDetail get(@PathParam("id") String id) {
        ArticleEntity article = articles.findByIdOptional(Params.pathId("article", id)).orElseThrow(() -> new NotFoundException("No article " + id));
        return ArticleDetail.of(article, claims.byArticle(id));
    }

}
