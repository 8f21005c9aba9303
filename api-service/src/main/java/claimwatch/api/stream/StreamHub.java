package claimwatch.api.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The events this replica has read so far, fanned out to its connected clients. Keeps the most recent ones in memory:
 * every event with {@code floor < id <= position} is in {@code recent}, so a client whose cursor is at or above the
 * floor can go live without reading the database.
 */
public final class StreamHub {

    private final int capacity;
    private final ArrayDeque<StoredEvent> recent = new ArrayDeque<>();
    private final Set<StreamSession> sessions = new LinkedHashSet<>();
    private long floor = Long.MAX_VALUE;
    private long position = Long.MAX_VALUE;

    public StreamHub(int capacity) {
        this.capacity = capacity;
    }

    /** Called once, before publishing, with the newest id at start. */
    public synchronized void start(long newestId) {
        floor = newestId;
        position = newestId;
    }

    public synchronized boolean started() {
        return position != Long.MAX_VALUE;
    }

    public synchronized long position() {
        return position;
    }

    public synchronized long floor() {
        return floor;
    }

    public synchronized int clients() {
        return sessions.size();
    }

    /**
     * With no client connected, moves straight to {@code newestId} and forgets the recent events, so an idle replica
     * does not read every event's payload; a client that connects later reads what it missed from the database.
     * False (nothing changed) when a client is connected.
     */
    public synchronized boolean skipWhileIdle(long newestId) {
        if (!sessions.isEmpty()) {
            return false;
        }
        if (newestId > position) {
            recent.clear();
            floor = newestId;
            position = newestId;
        }
        return true;
    }

    /** Appends new events (ids above {@link #position()}, ascending) and hands them to every live client. */
    public void publish(List<StoredEvent> events) {
        List<StreamSession> woken;
        synchronized (this) {
            for (StoredEvent event : events) {
                recent.addLast(event);
                if (recent.size() > capacity) {
                    floor = recent.removeFirst().id();
                }
                position = event.id();
            }
            woken = new ArrayList<>(sessions);
            for (StreamSession session : woken) {
                for (StoredEvent event : events) {
                    if (!session.offer(event)) {
                        sessions.remove(session);
                        break;
                    }
                }
            }
        }
        // Outside the lock: waking a client writes to its connection.
        woken.forEach(StreamSession::wake);
    }

    /**
     * Makes the session live if the memory holds everything after its cursor: queues those events and registers it.
     * Otherwise the session must first read the database up to {@link #floor()}.
     */
    synchronized boolean join(StreamSession session) {
        if (!started() || session.cursor() < floor) {
            return false;
        }
        for (StoredEvent event : recent) {
            session.offer(event);
        }
        sessions.add(session);
        return true;
    }

    synchronized void leave(StreamSession session) {
        sessions.remove(session);
    }
}
