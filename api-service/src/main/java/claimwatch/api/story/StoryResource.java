package claimwatch.api.story;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import claimwatch.api.ApiConfig;
import claimwatch.api.http.ApiExamples;
import claimwatch.api.problem.Problem;
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
    @Operation(summary = "List live stories", description = "Stories not merged into another, most recently active first (lastActivity, then id, descending). Follow nextCursor; it is null on the last page.")
    @APIResponse(responseCode = "200", description = "OK; ETag set, If-None-Match answers 304", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = ApiExamples.STORY_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "bad limit", value = ApiExamples.BAD_LIMIT), @ExampleObject(name = "cursor of another list", value = ApiExamples.BAD_CURSOR)}))
    public Page<StorySummary> list(
            @Parameter(description = "Items per page, 1 to api.page.max-limit (default api.page.default-limit)", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page; opaque, valid only for the list that gave it") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, KEYSET, config);
        return Page.of(stories.listByActivity(page), page.limit(), StorySummary::of,
                story -> KEYSET.after(story.lastActivity, story.id));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One story with its articles", description = "Articles in reported order (oldest first), each with why it is in the story (reason, score). At most 200 inline; moreArticles links to the rest through GET /api/articles?story=.")
    @APIResponse(responseCode = "200", description = "OK; ETag set, If-None-Match answers 304", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "story", value = ApiExamples.STORY)))
    @APIResponse(responseCode = "301", description = "The story was merged; Location names the surviving story", headers = @Header(name = "Location", description = "/api/stories/{survivor}..."), content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "merged story", value = ApiExamples.MERGED_STORY)))
    @APIResponse(responseCode = "404", description = "No such story", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "unknown story", value = ApiExamples.UNKNOWN_STORY)}))
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
