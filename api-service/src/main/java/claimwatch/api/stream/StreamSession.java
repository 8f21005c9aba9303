package claimwatch.api.stream;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * One connected client. It catches up from the database page by page, as fast as it reads, then joins the hub and
 * receives live events through a queue of at most {@code capacity} events. A client that lets the queue fill up (it
 * reads slowly, or a burst came) leaves the hub and holds nothing more: it drains its queue and catches up from the
 * database again, so it costs memory only for what it has not yet been sent, and never misses an event.
 */
final class StreamSession {

    private final StreamHub hub;
    private final EventLog log;
    private final StreamFilter filter;
    private final int capacity;
    private final Duration heartbeat;
    private final Executor worker;
    private final ArrayDeque<StreamItem> queue = new ArrayDeque<>();
    private long cursor;
    private boolean live;
    private CompletableFuture<Boolean> waiter;

    StreamSession(StreamHub hub, EventLog log, StreamFilter filter, int capacity, Duration heartbeat, Executor worker,
            long cursor, List<StreamItem> preamble) {
        this.hub = hub;
        this.log = log;
        this.filter = filter;
        this.capacity = capacity;
        this.heartbeat = heartbeat;
        this.worker = worker;
        this.cursor = cursor;
        queue.addAll(preamble);
    }

    Multi<StreamItem> items() {
        return Multi.createBy().repeating().uni(this::next).indefinitely()
                .onTermination().invoke(() -> hub.leave(this));
    }

    synchronized long cursor() {
        return cursor;
    }

    /** Queues a live event; false when the queue is full: the session then leaves the hub and reads the database. */
    synchronized boolean offer(StoredEvent event) {
        if (event.id() <= cursor) {
            return true;
        }
        if (filter.matches(event)) {
            if (queue.size() >= capacity) {
                live = false;
                return false;
            }
            queue.addLast(StreamItem.of(event));
        }
        cursor = event.id();
        return true;
    }

    void wake() {
        CompletableFuture<Boolean> waiting;
        synchronized (this) {
            waiting = waiter;
            waiter = null;
        }
        if (waiting != null) {
            waiting.complete(true);
        }
    }

    private Uni<StreamItem> next() {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Boolean> waiting;
            synchronized (this) {
                StreamItem head = queue.pollFirst();
                if (head != null) {
                    return Uni.createFrom().item(head);
                }
                if (!live) {
                    return Uni.createFrom().item(() -> catchUp()).runSubscriptionOn(worker).flatMap(ignored -> next());
                }
                waiting = new CompletableFuture<>();
                waiter = waiting;
            }
            return Uni.createFrom().completionStage(waiting).ifNoItem().after(heartbeat).recoverWithItem(false)
                    .flatMap(woken -> woken ? next() : Uni.createFrom().item(StreamItem.HEARTBEAT));
        });
    }

    /** Blocking: joins the hub, or reads the next page of missed events from the database. */
    private boolean catchUp() {
        if (hub.join(this)) {
            synchronized (this) {
                live = true;
            }
            return true;
        }
        long upTo = hub.floor();
        long from = cursor();
        List<StoredEvent> page = log.read(from, upTo, filter, capacity);
        synchronized (this) {
            page.forEach(event -> queue.addLast(StreamItem.of(event)));
            cursor = page.size() == capacity ? page.get(page.size() - 1).id() : upTo;
        }
        return false;
    }
}
