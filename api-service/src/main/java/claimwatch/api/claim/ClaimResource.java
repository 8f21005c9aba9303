package claimwatch.api.claim;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import claimwatch.api.ApiConfig;
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
    public Page<ClaimItem> list(@QueryParam("story") String story, @QueryParam("article") String article,
            @QueryParam("outlet") String outlet, @QueryParam("entity") String entity, @QueryParam("q") String q,
            @QueryParam("kind") String kind, @QueryParam("modality") String modality,
            @QueryParam("minCheckworthiness") String minCheckworthiness, @QueryParam("since") String since,
            @QueryParam("until") String until, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
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
