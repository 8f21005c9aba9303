package claimwatch.api.claim;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import claimwatch.api.article.ArticleRepository;
import claimwatch.api.entity.EntityRepository;
import claimwatch.api.http.Params;
import claimwatch.api.page.Keyset;
import claimwatch.api.page.Page;
import claimwatch.api.page.PageRequest;
import claimwatch.api.problem.NotFoundException;
import claimwatch.api.story.StoryLocator;

/** Claims newest first by reported time, with filters on story, article, outlet, entity, text and facets. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    public static final Keyset KEYSET = Keyset.of("claims", Keyset.Type.INSTANT, Keyset.Type.TEXT);
    /** Longest accepted {@code q}: full-text queries beyond it are abuse, not searches. */
    public static final int MAX_QUERY_LENGTH = 500;

    private final ClaimSearch claims;
    private final StoryLocator stories;
    private final ArticleRepository articles;
    private final EntityRepository entities;
    private final ApiConfig config;

    public ClaimResource(ClaimSearch claims, StoryLocator stories, ArticleRepository articles, EntityRepository entities,
            ApiConfig config) {
        this.claims = claims;
        this.stories = stories;
        this.articles = articles;
        this.entities = entities;
        this.config = config;
    }

    @GET
    @Operation(summary = "Search claims", description = "Newest first by reported time, then id. Filters combine with AND; q is web-search syntax (words, \"a phrase\", -not, or) over the claim text with English stemming, at most 500 characters.")
    @APIResponse(responseCode = "200", description = "OK; ETag set, If-None-Match answers 304", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = ApiExamples.CLAIM_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad filter, limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "unknown kind", value = ApiExamples.BAD_KIND), @ExampleObject(name = "checkworthiness out of range", value = ApiExamples.BAD_CHECKWORTHINESS), @ExampleObject(name = "bad since", value = ApiExamples.BAD_SINCE), @ExampleObject(name = "q too long", value = ApiExamples.LONG_QUERY), @ExampleObject(name = "bad limit", value = ApiExamples.BAD_LIMIT), @ExampleObject(name = "cursor of another list", value = ApiExamples.BAD_CURSOR)}))
    @APIResponse(responseCode = "404", description = "Unknown story, article or entity in a filter", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "unknown story", value = ApiExamples.UNKNOWN_STORY_FILTER)}))
    public Page<ClaimItem> list(
            @Parameter(description = "Only this story (a merged story id means its survivor)", example = "0b8e6f1c2d3a4b5c6d7e8f9012345678") @QueryParam("story") String story,
            @Parameter(description = "Only this article", example = "0b8e6f1c2d3a4b5c6d7e8f9012345678") @QueryParam("article") String article,
            @Parameter(description = "Only this outlet, exact name", example = "Meridian Wire") @QueryParam("outlet") String outlet,
            @Parameter(description = "Only claims naming this entity (id from /api/entities)", example = "c3d9e1f7a2b46058") @QueryParam("entity") String entity,
            @Parameter(description = "Full-text query, web-search syntax: ferry contract, \"regional minister\", ferry -strike", example = "ferry contract") @QueryParam("q") String q,
            @Parameter(description = "money, quantity, date or statement", example = "money") @QueryParam("kind") String kind,
            @Parameter(description = "asserted, hedged, conditional or negated", example = "hedged") @QueryParam("modality") String modality,
            @Parameter(description = "Only claims at least this check-worthy, 0 to 1", example = "0.6") @QueryParam("minCheckworthiness") String minCheckworthiness,
            @Parameter(description = "Reported at or after: ISO-8601 instant or date (UTC day start)", example = "2024-03-11") @QueryParam("since") String since,
            @Parameter(description = "Reported before: ISO-8601 instant, or a date meaning up to the end of that day (UTC)", example = "2024-03-12T23:59:59Z") @QueryParam("until") String until,
            @Parameter(description = "Items per page, 1 to api.page.max-limit (default api.page.default-limit)", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page; opaque, valid only for the list that gave it") @QueryParam("cursor") String cursor) {
        ClaimFilter filter = new ClaimFilter(
                Params.id("story", story).map(id -> stories.resolve(id, "story")),
                Params.id("article", article).map(id -> exists(articles.count("id", id), id, "article")),
                Params.text("outlet", outlet, 200),
                Params.id("entity", entity).map(id -> exists(entities.count("id", id), id, "entity")),
                Params.text("q", q, MAX_QUERY_LENGTH),
                Params.oneOf("kind", kind, ClaimFilter.KINDS),
                Params.oneOf("modality", modality, ClaimFilter.MODALITIES),
                Params.fraction("minCheckworthiness", minCheckworthiness),
                Params.instant("since", since, false),
                Params.instant("until", until, true));
        PageRequest page = PageRequest.of(limit, cursor, KEYSET, config);
        return Page.of(claims.search(filter, page), page.limit(), claim -> claim,
                claim -> KEYSET.after(claim.reportedAt(), claim.id()));
    }

    private static String exists(long count, String id, String parameter) {
        if (count == 0) {
            throw new NotFoundException("No " + parameter + " " + id, parameter);
        }
        return id;
    }
}
