package claimwatch.api.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import claimwatch.api.claim.ClaimFilter;
import claimwatch.api.claim.ClaimSearch;
import claimwatch.api.http.Params;
import claimwatch.api.page.Keyset;
import claimwatch.api.page.Page;
import claimwatch.api.page.PageRequest;
import claimwatch.api.problem.NotFoundException;
import claimwatch.api.story.StoryEntity;
import claimwatch.api.story.StoryRepository;

/** Entities by how often they are mentioned or by name prefix, and each entity with its stories and recent claims. */
@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    static final Keyset KEYSET = Keyset.of("entities", Keyset.Type.INTEGER, Keyset.Type.TEXT);
    static final int TOP_STORIES = 20;
    static final int RECENT_CLAIMS = 10;
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_WORDS = 8;

    private final EntityRepository entities;
    private final StoryRepository stories;
    private final ClaimSearch claims;
    private final ApiConfig config;

    public EntityResource(EntityRepository entities, StoryRepository stories, ClaimSearch claims, ApiConfig config) {
        this.entities = entities;
        this.stories = stories;
        this.claims = claims;
        this.config = config;
    }

    @GET
    @Operation(summary = "List or find entities", description = "Most claims first (then id). With q, only entities with a word of their canonical name starting with each word of q: q=rend finds Joaquin Rendal.")
    @APIResponse(responseCode = "200", description = "OK; ETag set, If-None-Match answers 304", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = ApiExamples.ENTITY_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad q, limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "bad limit", value = ApiExamples.BAD_LIMIT), @ExampleObject(name = "cursor of another list", value = ApiExamples.BAD_CURSOR)}))
    public Page<EntitySummary> list(
            @Parameter(description = "Name prefixes, e.g. rend or ald mar (at most 200 characters)", example = "rend") @QueryParam("q") String q,
            @Parameter(description = "Items per page, 1 to api.page.max-limit (default api.page.default-limit)", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page; opaque, valid only for the list that gave it") @QueryParam("cursor") String cursor) {
        List<String> words = Params.text("q", q, MAX_QUERY_LENGTH).map(text -> EntityRepository.words(text, MAX_WORDS))
                .orElse(List.of());
        // The query is part of the scope: a cursor of one search continues no other.
        Keyset keyset = words.isEmpty() ? KEYSET : Keyset.of("entities/" + String.join(" ", words), Keyset.Type.INTEGER, Keyset.Type.TEXT);
        PageRequest page = PageRequest.of(limit, cursor, keyset, config);
        return Page.of(entities.list(words, page), page.limit(), EntitySummary::of,
                entity -> keyset.after((long) entity.claimCount, entity.id));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One entity", description = "Its counts, the 20 stories with most articles naming it, and its 10 most recent claims; moreClaims pages the rest.")
    @APIResponse(responseCode = "200", description = "OK; ETag set, If-None-Match answers 304", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "entity", value = ApiExamples.ENTITY)))
    @APIResponse(responseCode = "404", description = "No such entity", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "unknown entity", value = ApiExamples.UNKNOWN_ENTITY)}))
    public EntityDetail get(@PathParam("id") String id) {
        EntityEntity entity = entities.findByIdOptional(Params.pathId("entity", id)).orElseThrow(() -> new NotFoundException("No entity " + id));
        List<Object[]> top = entities.topStories(id, TOP_STORIES);
        Map<String, StoryEntity> titles = stories.listByIds(top.stream().map(row -> (String) row[0]).toList()).stream()
                .collect(Collectors.toMap(story -> story.id, Function.identity()));
        List<EntityDetail.StoryMention> mentions = top.stream()
                .map(row -> new EntityDetail.StoryMention((String) row[0],
                        titles.containsKey((String) row[0]) ? titles.get((String) row[0]).title : null, ((Number) row[1]).longValue()))
                .toList();
        return EntityDetail.of(entity, mentions, claims.search(ClaimFilter.none().withEntity(id),
                new PageRequest(RECENT_CLAIMS, Optional.empty())).stream().limit(RECENT_CLAIMS).toList());
    }
}
