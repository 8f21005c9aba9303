package claimwatch.api.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.api.claim.JsonText;

/**
 * Appends the live-stream events of a batch to table {@code event}, in the order the batch produced them. Called
 * only inside the writer's transaction, which holds the story lock, so ids become visible in commit order.
 */
@ApplicationScoped
public class EventLog {

    public static final String ARTICLE = "article";
    public static final String CLAIMS = "claims";
    public static final String FACT = "fact";
    public static final String CONFLICT = "conflict";
    public static final String STORY = "story";

    /** One event waiting for the insert at the end of the batch. */
    public record Event(String type, String storyId, String payload) {
    }

    /** The events of one batch, in order. */
    public static final class Buffer {

        private final List<Event> events = new ArrayList<>();

        /** Adds an event whose payload is {@code payload} as JSON (a JSON node, a map or a record). */
        public void add(ObjectMapper json, String type, String storyId, Object payload) {
            events.add(new Event(type, storyId, JsonText.write(json, payload)));
        }

        public List<Event> events() {
            return events;
        }
    }

    public void append(Connection connection, Buffer buffer) throws SQLException {
        if (buffer.events().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event (type, story_id, payload) VALUES (?, ?, ?::json)")) {
            for (Event event : buffer.events()) {
                insert.setString(1, event.type());
                insert.setString(2, event.storyId());
                insert.setString(3, event.payload());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
