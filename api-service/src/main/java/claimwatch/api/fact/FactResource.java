package claimwatch.api.fact;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.util.RawValue;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import claimwatch.api.ApiConfig;
import claimwatch.api.http.ApiExamples;
import claimwatch.api.problem.Problem;
import claimwatch.api.http.Params;
import claimwatch.api.page.Keyset;
import claimwatch.api.page.Page;
import claimwatch.api.page.PageRequest;
import claimwatch.api.story.StoryEntity;
import claimwatch.api.story.StoryLocator;

/** A story's facts and conflicts, each item the stored JSON body, streamed without parsing it again. */
@Path("/api/stories/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class FactResource {

    public static final List<String> STATUSES = List.of("corroborated", "single-source", "disputed");

    private final StoryLocator locator;
    private final FactRepository facts;
    private final ConflictRepository conflicts;
    private final ApiConfig config;

    public FactResource(StoryLocator locator, FactRepository facts, ConflictRepository conflicts, ApiConfig config) {
        this.locator = locator;
        this.facts = facts;
        this.conflicts = conflicts;
        this.config = config;
    }

    @GET
    @Path("facts")
    @Operation(summary = "A story's facts", description = "Claims of the story grouped by slot and compatible value, with status, first report and support, in the story's fact order.")
    @APIResponse(responseCode = "200", description = "OK; ETag set, If-None-Match answers 304", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = ApiExamples.FACT_PAGE)))
    @APIResponse(responseCode = "301", description = "The story was merged; Location names the surviving story", headers = @Header(name = "Location", description = "/api/stories/{survivor}..."), content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "merged story", value = ApiExamples.MERGED_STORY)))
    @APIResponse(responseCode = "400", description = "Bad status, limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "unknown status", value = ApiExamples.BAD_STATUS), @ExampleObject(name = "bad limit", value = ApiExamples.BAD_LIMIT), @ExampleObject(name = "cursor of another list", value = ApiExamples.BAD_CURSOR)}))
    @APIResponse(responseCode = "404", description = "No such story", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "unknown story", value = ApiExamples.UNKNOWN_STORY)}))
    public Page<RawValue> facts(@PathParam("id") String id,
            @Parameter(description = "Only facts of this status: corroborated, single-source or disputed", example = "corroborated") @QueryParam("status") String status,
            @Parameter(description = "Items per page, 1 to api.page.max-limit (default api.page.default-limit)", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page; opaque, valid only for the list that gave it") @QueryParam("cursor") String cursor) {
        Optional<String> wanted = Params.oneOf("status", status, STATUSES);
        StoryEntity story = locator.require(id, "/facts");
        Keyset keyset = keyset("facts", story.id);
        PageRequest page = PageRequest.of(limit, cursor, keyset, config);
        return page(facts.listByStory(story.id, wanted, page), page, keyset);
    }

    @GET
    @Path("conflicts")
    @Operation(summary = "A story's conflicts", description = "Slots where outlets report incompatible values, each value with its outlets and claims.")
    @APIResponse(responseCode = "200", description = "OK; ETag set, If-None-Match answers 304", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = ApiExamples.CONFLICT_PAGE)))
    @APIResponse(responseCode = "301", description = "The story was merged; Location names the surviving story", headers = @Header(name = "Location", description = "/api/stories/{survivor}..."), content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "merged story", value = ApiExamples.MERGED_STORY)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "bad limit", value = ApiExamples.BAD_LIMIT), @ExampleObject(name = "cursor of another list", value = ApiExamples.BAD_CURSOR)}))
    @APIResponse(responseCode = "404", description = "No such story", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "unknown story", value = ApiExamples.UNKNOWN_STORY)}))
    public Page<RawValue> conflicts(@PathParam("id") String id,
            @Parameter(description = "Items per page, 1 to api.page.max-limit (default api.page.default-limit)", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page; opaque, valid only for the list that gave it") @QueryParam("cursor") String cursor) {
        StoryEntity story = locator.require(id, "/conflicts");
        Keyset keyset = keyset("conflicts", story.id);
        PageRequest page = PageRequest.of(limit, cursor, keyset, config);
        return page(conflicts.listByStory(story.id, page), page, keyset);
    }

    /** A cursor of one story's list is no use on another story's, so the story is part of the scope. */
    private static Keyset keyset(String list, String storyId) {
        return Keyset.of(list + "/" + storyId, Keyset.Type.INTEGER, Keyset.Type.TEXT);
    }

    private static Page<RawValue> page(List<StoredBody> rows, PageRequest page, Keyset keyset) {
        return Page.of(rows, page.limit(), row -> new RawValue(row.body()), row -> keyset.after((long) row.position(), row.id()));
    }
}
