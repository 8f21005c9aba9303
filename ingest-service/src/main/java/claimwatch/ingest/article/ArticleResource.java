package claimwatch.ingest.article;

import java.util.ArrayList;
import java.util.List;

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

import claimwatch.ingest.IngestConfig;
import claimwatch.ingest.IngestMetrics;
import claimwatch.ingest.fetch.Fetched;
import claimwatch.ingest.problem.FieldError;
import claimwatch.ingest.problem.InvalidRequestException;
import claimwatch.ingest.problem.Problem;

/** Accepts articles pushed as text or HTML, or as a URL to fetch, and queues them for extraction. */
@Path("/articles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
public class ArticleResource {

    private final ArticleIntake intake;
    private final ArticleAdmission admission;
    private final PageLoader pages;
    private final IngestMetrics metrics;
    private final int maxBatchSize;

    public ArticleResource(ArticleIntake intake, ArticleAdmission admission, PageLoader pages, IngestMetrics metrics, IngestConfig config) {
        this.intake = intake;
        this.admission = admission;
        this.pages = pages;
        this.metrics = metrics;
        this.maxBatchSize = config.maxBatchSize();
    }

    @POST
    @Operation(summary = "Push one article", description = "Give text or html, or only a url for ingest to fetch. The article is stored and "
            + "queued for the articles topic before the answer; it reaches Kafka even if Kafka is down now. The id depends only on the text.")
    @APIResponse(responseCode = "202", description = "Accepted, or recognised as a duplicate of an article accepted before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "accepted", value = "{\"id\": \"3f9a1c2be84d47a0b6e2d5c1f0a9b877\", \"status\": \"accepted\"}"),
                    @ExampleObject(name = "syndicated copy", value = "{\"id\": \"aa00bb11cc22dd33ee44ff5566778899\", \"status\": \"accepted\", \"duplicateOf\": \"3f9a1c2be84d47a0b6e2d5c1f0a9b877\"}"),
                    @ExampleObject(name = "seen before", value = "{\"id\": \"3f9a1c2be84d47a0b6e2d5c1f0a9b877\", \"status\": \"duplicate\"}") }))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed, or the URL is refused", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "bad date", value = "{\"type\": \"urn:claimwatch:problem:invalid-request\", \"title\": \"Invalid request\", \"status\": 400, \"detail\": \"publishedAt: must be an ISO-8601 date-time with offset, e.g. 2024-03-12T08:30:00+01:00\", \"instance\": \"/articles\", \"errors\": [{\"field\": \"publishedAt\", \"message\": \"must be an ISO-8601 date-time with offset, e.g. 2024-03-12T08:30:00+01:00\"}]}")))
    @APIResponse(responseCode = "502", description = "The URL's server could not be fetched", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submit(ArticleSubmission submission) {
        ArticleSubmission article = submission;
        if (submission != null && submission.isLinkOnly()) {
            Fetched page = pages.load(submission.url(), submission.outlet());
            article = submission.withPage(page.text(), page.finalUrl().toString());
        }
        Admission admitted = admission.admit(checked(article), null);
        return Response.accepted(admitted).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Push many articles", description = "Each article is checked and admitted on its own: one bad article does not refuse the others. "
            + "Only text or html; single URLs go through POST /articles.")
    @APIResponse(responseCode = "202", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "mixed", value = """
            {"accepted": 1, "duplicates": 1, "invalid": 1, "items": [
              {"index": 0, "id": "3f9a1c2be84d47a0b6e2d5c1f0a9b877", "status": "accepted"},
              {"index": 1, "id": "3f9a1c2be84d47a0b6e2d5c1f0a9b877", "status": "duplicate"},
              {"index": 2, "status": "invalid", "errors": [{"field": "articles[2].text", "message": "must not be blank"}]}]}""")))
    @APIResponse(responseCode = "400", description = "No articles, or more than ingest.max-batch-size", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submitBatch(ArticleBatch batch) {
        if (batch == null || batch.articles() == null || batch.articles().isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError("articles", "give a non-empty list of articles")));
        }
        if (batch.articles().size() > maxBatchSize) {
            throw new InvalidRequestException(List.of(new FieldError("articles", "holds more than " + maxBatchSize + " articles")));
        }
        List<ArticleBatch.Item> items = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        for (int index = 0; index < batch.articles().size(); index++) {
            String prefix = "articles[" + index + "].";
            try {
                ArticleSubmission submission = batch.articles().get(index);
                if (submission != null && submission.isLinkOnly()) {
                    throw new InvalidRequestException(List.of(new FieldError("text", "give text or html; single URLs are fetched through POST /articles")));
                }
                Admission admitted = admission.admit(checked(submission), null);
                accepted += admitted.status() == Admission.Status.accepted ? 1 : 0;
                duplicates += admitted.status() == Admission.Status.duplicate ? 1 : 0;
                items.add(new ArticleBatch.Item(index, admitted.id(), admitted.status().name(), admitted.duplicateOf(), List.of()));
            } catch (InvalidRequestException e) {
                List<FieldError> errors = e.errors().stream().map(error -> new FieldError(prefix + error.field(), error.message())).toList();
                items.add(new ArticleBatch.Item(index, null, "invalid", null, errors));
            }
        }
        ArticleBatch.Result result = new ArticleBatch.Result(accepted, duplicates, items.size() - accepted - duplicates, items);
        return Response.accepted(result).type(MediaType.APPLICATION_JSON).build();
    }

    private IntakeResult checked(ArticleSubmission submission) {
        try {
            return intake.accept(submission);
        } catch (InvalidRequestException e) {
            metrics.article(submission == null ? null : submission.outlet(), "invalid");
            throw e;
        }
    }
}
