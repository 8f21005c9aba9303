package claimwatch.ingest.article;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import claimwatch.ingest.problem.Problem;
import io.smallrye.mutiny.Uni;

/** Accepts articles pushed as text or HTML and publishes them for extraction. */
@Path("/articles")
public class ArticleResource {

    private final ArticleIntake intake;
    private final ArticlePublisher publisher;

    public ArticleResource(ArticleIntake intake, ArticlePublisher publisher) {
        this.intake = intake;
        this.publisher = publisher;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(summary = "Push one article", description = "Accepted articles are published to the articles topic. The id depends only on the text: the same content always gets the same id.")
    @APIResponse(responseCode = "202", description = "Accepted and published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "accepted", value = "{\"id\": \"3f9a1c2be84d47a0b6e2d5c1f0a9b877\"}")))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "bad date", value = "{\"type\": \"urn:claimwatch:problem:invalid-request\", \"title\": \"Invalid request\", \"status\": 400, \"detail\": \"publishedAt: must be an ISO-8601 date-time with offset, e.g. 2024-03-12T08:30:00+01:00\", \"instance\": \"/articles\", \"errors\": [{\"field\": \"publishedAt\", \"message\": \"must be an ISO-8601 date-time with offset, e.g. 2024-03-12T08:30:00+01:00\"}]}")))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge in time; retry", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> submit(ArticleSubmission submission) {
        ArticleMessage article = intake.accept(submission);
        return publisher.publish(article)
                .replaceWith(() -> Response.accepted(new Accepted(article.id())).type(MediaType.APPLICATION_JSON).build());
    }

    /** The answer to an accepted article. */
    public record Accepted(String id) {
    }
}
