package claimwatch.api.stream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import claimwatch.api.http.ApiExamples;
import claimwatch.api.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/** GET /api/stream: the event log as Server-Sent Events, resumable with Last-Event-ID, on every replica. */
@Path("/api/stream")
public class StreamResource {

    private final StreamService streams;

    public StreamResource(StreamService streams) {
        this.streams = streams;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live events", description = """
            Server-Sent Events in commit order: `article` (an article joined, started, merged or replaced a story), `claims` \
            (an article's claims were stored), `fact` and `conflict` (new or changed, with the body GET .../facts and .../conflicts \
            serve), `story` (a story was merged into another). `id` is the event id: reconnect with the Last-Event-ID header (or \
            lastEventId) to continue strictly after it, on any replica. Without either the stream starts after the newest event; \
            lastEventId=0 replays every retained event (no reset). When events you have not seen were pruned (older than api.stream.retention) \
            or the id is unknown, the stream starts with an event `reset` (no id). A comment line `:heartbeat` comes after 15 s \
            without events. A client more than api.stream.buffer events behind is served from the database until it catches up.""")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, examples = @ExampleObject(name = "stream", value = """
            id: 1041
            event: article
            data: {"articleId": "5d41402abc4b2a76b9719d911017c592", "storyId": "3f9a1c2be84d47a0b6e2d5c1f0a9b877", "outlet": "Coastal Courier", "title": "Ferry refit deal signed", "reportedAt": "2024-03-12T08:10:00Z", "decision": "joined"}

            id: 1042
            event: claims
            data: {"articleId": "5d41402abc4b2a76b9719d911017c592", "storyId": "3f9a1c2be84d47a0b6e2d5c1f0a9b877", "claimCount": 4, "extractorVersion": 3}

            id: 1043
            event: conflict
            data: {"storyId": "3f9a1c2be84d47a0b6e2d5c1f0a9b877", "conflict": {"id": "c1d2e3f4a5b6c7d8e9f0a1b2", "slot": "contract.value", "label": "contract value", "values": [{"value": {"kind": "money", "amount": 430000000, "unit": "EUR", "display": "€430 million"}, "outlets": ["Harbor Times"], "claims": ["7d793037a0760186574b0282"], "factId": "a1b2c3d4e5f6a7b8c9d0e1f2"}, {"value": {"kind": "money", "amount": 300000000, "unit": "EUR", "qualifier": "more-than", "display": "more than €300 million"}, "qualifier": "more-than", "outlets": ["Coastal Courier"], "claims": ["0b7c5e9d2f4a6b8c1d3e5f70"], "factId": "b2c3d4e5f6a7b8c9d0e1f2a3"}]}}

            :heartbeat

            """)))
    @APIResponse(responseCode = "400", description = "Bad Last-Event-ID, lastEventId, story or types", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad types", value = """
            {"type": "urn:claimwatch:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "types must be a comma-separated list of article, claims, fact, conflict, story", "instance": "/api/stream", "parameter": "types"}""")))
    @APIResponse(responseCode = "404", description = "No such story", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown story", value = ApiExamples.UNKNOWN_STORY)))
    public Multi<OutboundSseEvent> stream(
            @Parameter(in = ParameterIn.HEADER, description = "Continue strictly after this event id (sent by EventSource on reconnect)") @HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @Parameter(description = "Same as the Last-Event-ID header, for clients that cannot set headers; the header wins. 0 replays all retained events") @QueryParam("lastEventId") String lastEventId,
            @Parameter(description = "Only events of this story") @QueryParam("story") String story,
            @Parameter(description = "Only these types, comma-separated: article, claims, fact, conflict, story") @QueryParam("types") String types,
            @Context Sse sse) {
        return streams.open(lastEventIdHeader, lastEventId, story, types).map(item -> item.toSse(sse));
    }
}
