package claimwatch.api.stream;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/** What a stream client receives next: an event (with its id), a reset notice (without one) or a heartbeat comment. */
public record StreamItem(Long id, String type, String data, String comment) {

    public static final StreamItem HEARTBEAT = new StreamItem(null, null, null, "heartbeat");

    public static StreamItem of(StoredEvent event) {
        return new StreamItem(event.id(), event.type(), event.payload(), null);
    }

    /** Tells a client resuming after {@code requested} that events it has not seen are gone, and why. */
    public static StreamItem reset(long requested, long resumedAfter, String reason) {
        return new StreamItem(null, "reset", "{\"lastEventId\":" + requested + ",\"resumedAfter\":" + resumedAfter
                + ",\"reason\":\"" + reason + "\"}", null);
    }

    public OutboundSseEvent toSse(Sse sse) {
        OutboundSseEvent.Builder builder = sse.newEventBuilder();
        if (comment != null) {
            return builder.comment(comment).build();
        }
        if (id != null) {
            builder.id(Long.toString(id));
        }
        return builder.name(type).data(String.class, data).build();
    }
}
