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

import claimwatch.api.ApiConfig;
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
    public Page<RawValue> facts(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Optional<String> wanted = Params.oneOf("status", status, STATUSES);
        StoryEntity story = locator.require(id, "/facts");
        Keyset keyset = keyset("facts", story.id);
        PageRequest page = PageRequest.of(limit, cursor, keyset, config);
        return page(facts.listByStory(story.id, wanted, page), page, keyset);
    }

    @GET
    @Path("conflicts")
    public Page<RawValue> conflicts(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
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
