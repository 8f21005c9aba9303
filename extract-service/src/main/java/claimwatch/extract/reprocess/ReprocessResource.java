package claimwatch.extract.reprocess;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.extract.article.ArticleReader;
import claimwatch.extract.claim.ClaimExtractor;

/** Re-extracts every article on the topic with the current extractor version; one replay at a time per replica. */
@Path("/reprocess")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReprocessResource {

    private static final String PROGRESS = """
            {"id": "5f0c...", "status": "running", "extractor": "structured", "extractorVersion": 2,
             "startedAt": "2024-03-12T10:00:00Z", "finishedAt": null, "total": 1200, "read": 480, "published": 478, "skipped": 2, "error": null}""";

    private final Map<String, ArticleReplay> replays = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "article-replay"));
    private final String bootstrapServers;
    private final ArticleReader reader;
    private final ClaimExtractor extractor;
    private final ObjectMapper json;
    private final Clock clock;

    public ReprocessResource(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ArticleReader reader,
            ClaimExtractor extractor, ObjectMapper json, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.reader = reader;
        this.extractor = extractor;
        this.json = json;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Replay the articles topic into the current extractor version",
            description = "Reads articles from the beginning to the end offsets found at start and publishes new claims; the api replaces each "
                    + "article's claims with the newer version atomically. Poll the Location for progress.")
    @APIResponse(responseCode = "202", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "started", value = PROGRESS)))
    @APIResponse(responseCode = "409", description = "A replay is running already; its progress is returned")
    public synchronized Response start() {
        for (ArticleReplay replay : replays.values()) {
            if (replay.running()) {
                return Response.status(Response.Status.CONFLICT).entity(replay.progress()).build();
            }
        }
        String id = UUID.randomUUID().toString();
        ArticleReplay replay = new ArticleReplay(id, bootstrapServers, reader, extractor, json, clock);
        replays.put(id, replay);
        runner.execute(replay::run);
        return Response.accepted(replay.progress()).header("Location", "/reprocess/" + id).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Progress of a replay")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "progress", value = PROGRESS)))
    @APIResponse(responseCode = "404", description = "No such replay on this replica")
    public Response progress(@PathParam("id") String id) {
        ArticleReplay replay = replays.get(id);
        if (replay == null) {
            return Response.status(Response.Status.NOT_FOUND).type("application/problem+json")
                    .entity(Map.of("type", "urn:claimwatch:problem:not-found", "title", "Not found", "status", 404, "detail", "No replay " + id))
                    .build();
        }
        return Response.ok(replay.progress()).build();
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
