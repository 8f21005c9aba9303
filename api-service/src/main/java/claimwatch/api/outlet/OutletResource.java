package claimwatch.api.outlet;

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
import claimwatch.api.page.Keyset;
import claimwatch.api.page.Page;
import claimwatch.api.page.PageRequest;

/** Outlets with their coverage figures, most articles first. */
@Path("/api/outlets")
@Produces(MediaType.APPLICATION_JSON)
public class OutletResource {

    static final Keyset KEYSET = Keyset.of("outlets", Keyset.Type.INTEGER, Keyset.Type.TEXT);

    private final OutletRepository outlets;
    private final ApiConfig config;

    public OutletResource(OutletRepository outlets, ApiConfig config) {
        this.outlets = outlets;
        this.config = config;
    }

    @GET
    @Operation(summary = "List outlets", description = "Most articles first, then name, with how often each outlet reported a fact first (firstCount) and alone (aloneCount).")
    @APIResponse(responseCode = "200", description = "OK; ETag set, If-None-Match answers 304", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = ApiExamples.OUTLET_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "bad limit", value = ApiExamples.BAD_LIMIT), @ExampleObject(name = "cursor of another list", value = ApiExamples.BAD_CURSOR)}))
    public Page<OutletSummary> list(
            @Parameter(description = "Items per page, 1 to api.page.max-limit (default api.page.default-limit)", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page; opaque, valid only for the list that gave it") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, KEYSET, config);
        return Page.of(outlets.listByArticles(page), page.limit(), OutletSummary::of,
                outlet -> KEYSET.after((long) outlet.articleCount, outlet.name));
    }
}
