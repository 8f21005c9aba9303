package claimwatch.api.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class StreamHubTest {

    private final StreamHub hub = new StreamHub(100);

    @Test
    void anIdleHubFollowsTheNewestIdWithoutKeepingEvents() {
        hub.start(10);
        hub.publish(List.of(event(11), event(12)));

        assertTrue(hub.skipWhileIdle(40));

        assertEquals(40, hub.position());
        assertEquals(40, hub.floor());
        StreamSession behind = session(12);
        assertFalse(hub.join(behind), "events 13 to 40 are not in memory, so a client at 12 must read them from the database");
        StreamSession current = session(40);
        assertTrue(hub.join(current));
    }

    @Test
    void aHubWithAClientKeepsReadingEvents() {
        hub.start(10);
        assertTrue(hub.join(session(10)));

        assertFalse(hub.skipWhileIdle(40));

        assertEquals(10, hub.position());
        assertEquals(10, hub.floor());
    }

    @Test
    void skippingNeverMovesBack() {
        hub.start(10);
        hub.publish(List.of(event(11), event(12)));

        assertTrue(hub.skipWhileIdle(5));

        assertEquals(12, hub.position());
        assertEquals(10, hub.floor());
    }

    private StreamSession session(long cursor) {
        return new StreamSession(hub, null, StreamFilter.ALL, 100, Duration.ofSeconds(15), Runnable::run, cursor, List.of());
    }

    private static StoredEvent event(long id) {
        return new StoredEvent(id, "article", "s1", "{}");
    }
}
