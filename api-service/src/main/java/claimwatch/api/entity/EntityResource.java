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

import claimwatch.api.ApiConfig;
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
    public Page<EntitySummary> list(@QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
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
