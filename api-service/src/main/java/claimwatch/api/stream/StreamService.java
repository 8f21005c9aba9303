package claimwatch.api.stream;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import claimwatch.api.ApiConfig;
import claimwatch.api.problem.InvalidParameterException;
import claimwatch.api.problem.NotFoundException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** Opens a client's stream: validates its parameters and decides where it starts. */
@ApplicationScoped
public class StreamService {

    private final StreamPoller poller;
    private final EventLog log;
    private final ApiConfig config;

    public StreamService(StreamPoller poller, EventLog log, ApiConfig config) {
        this.poller = poller;
        this.log = log;
        this.config = config;
    }

    /**
     * Blocking. The header wins over the query parameter: a browser's EventSource reconnects to the same URL (with
     * its lastEventId=...) and sends the id of the last event it received in the header.
     */
    public Multi<StreamItem> open(String lastEventIdHeader, String lastEventIdParameter, String story, String types) {
        Long requested = lastEventIdHeader != null && !lastEventIdHeader.isBlank()
                ? parseId("Last-Event-ID", lastEventIdHeader)
                : parseId("lastEventId", lastEventIdParameter);
        StreamFilter filter = StreamFilter.parse(story, types);
        if (filter.story() != null && !log.storyExists(filter.story())) {
            throw new NotFoundException("No story " + filter.story());
        }
        if (!poller.hub().started()) {
            throw new WebApplicationException("The stream is starting; retry in a second", Response.Status.SERVICE_UNAVAILABLE);
        }
        long newest = log.newestId();
        long pruned = log.prunedThrough();
        long cursor;
        List<StreamItem> preamble = List.of();
        if (requested == null) {
            cursor = newest;
        } else if (requested > newest) {
            cursor = newest;
            preamble = List.of(StreamItem.reset(requested, newest, "unknown-id"));
        } else {
            cursor = requested;
            // 0 asks for whatever is retained, so it is not told that older events are gone.
            if (requested > 0 && requested < pruned) {
                preamble = List.of(StreamItem.reset(requested, pruned, "pruned"));
            }
        }
        StreamSession session = new StreamSession(poller.hub(), log, filter, config.stream().buffer(), config.stream().heartbeat(),
                Infrastructure.getDefaultWorkerPool(), cursor, preamble);
        return session.items();
    }

    private static Long parseId(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException(parameter, "must be the id of an event (a whole number, 0 or more)");
    }
}
