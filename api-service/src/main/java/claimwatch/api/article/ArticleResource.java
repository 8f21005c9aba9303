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
import claimwatch.api.claim.ClaimRepository;
import claimwatch.api.claim.ClaimView;
import claimwatch.api.page.Cursor;
import claimwatch.api.page.Page;
import claimwatch.api.page.PageLimit;
import claimwatch.api.problem.NotFoundException;
import claimwatch.api.problem.Problem;

/** Articles in the read model, newest first, and each article with its claims. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final ApiConfig config;

    public ArticleResource(ArticleRepository articles, ClaimRepository claims, ApiConfig config) {
        this.articles = articles;
        this.claims = claims;
        this.config = config;
    }

    @GET
    @Operation(summary = "List articles", description = "Newest first by ingestion time. Follow nextCursor for the next page; it is null on the last page.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = """
            {"items": [{"id": "3f9a1c2be84d47a0b6e2d5c1f0a9b877", "outlet": "Harbor Times",
              "url": "https://www.harbortimes.example/business/2024/03/ferry-deal", "title": "Port authority signs ferry refit contract",
              "author": "Jane Doe", "publishedAt": "2024-03-12T07:30:00Z", "ingestedAt": "2024-03-12T09:02:11.482Z", "claimCount": 2}],
             "nextCursor": "djF8MjAyNC0wMy0xMlQwOTowMjoxMS40ODJafDNmOWExYzJiZTg0ZDQ3YTBiNmUyZDVjMWYwYTliODc3"}""")))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad limit", value = """
            {"type": "urn:claimwatch:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "limit must be a whole number from 1 to 100", "instance": "/api/articles", "parameter": "limit"}""")))
    public Page<ArticleSummary> list(
            @Parameter(description = "Items per page, 1 to api.page.max-limit (default api.page.default-limit)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        int size = PageLimit.parse(limit, config.page().defaultLimit(), config.page().maxLimit());
        return Page.of(articles.listNewestFirst(Cursor.decode(cursor), size + 1), size, ArticleSummary::of,
                article -> new Cursor(article.ingestedAt, article.id));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article with its claims")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "article", value = """
            {"id": "3f9a1c2be84d47a0b6e2d5c1f0a9b877", "outlet": "Harbor Times", "url": "https://www.harbortimes.example/business/2024/03/ferry-deal",
             "title": "Port authority signs ferry refit contract", "author": "Jane Doe", "publishedAt": "2024-03-12T07:30:00Z",
             "ingestedAt": "2024-03-12T09:02:11.482Z", "language": "en", "duplicateOf": null,
             "text": "Port authority signs ferry refit contract\\n\\nThe port authority signed a contract worth 430 million euros on Tuesday. It covers 41 vessels.",
             "extractor": "numeric-sentence", "extractorVersion": 1, "extractedAt": "2024-03-12T09:02:12.015Z",
             "claims": [{"id": "7d793037a0760186574b0282", "text": "It covers 41 vessels.", "span": {"start": 116, "end": 137}, "sentenceIndex": 2}]}""")))
    @APIResponse(responseCode = "404", description = "No such article", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ArticleDetail get(@PathParam("id") String id) {
        ArticleEntity article = articles.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No article " + id));
        return ArticleDetail.of(article, claims.listByArticle(id).stream().map(ClaimView::of).toList());
    }
}
