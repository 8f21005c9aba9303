package claimwatch.api.stream;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * One connected client. It first catches up from the database (page by page, as fast as the client reads), then
 * joins the hub and receives live events through a queue of at most {@code capacity} events; a client that lets the
 * queue fill up is disconnected rather than allowed to hold more memory, and resumes with Last-Event-ID.
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
    private boolean overflowed;
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

    /** Queues a live event; false when the queue is full and this client must go. */
    synchronized boolean offer(StoredEvent event) {
        if (event.id() <= cursor) {
            return true;
        }
        cursor = event.id();
        if (!filter.matches(event)) {
            return true;
        }
        if (queue.size() >= capacity) {
            overflowed = true;
            return false;
        }
        queue.addLast(StreamItem.of(event));
        return true;
    }

    void wake() {
        CompletableFuture<Boolean> waiting;
        synchronized (this) {
            waiting = waiter;
            waiter = null;
        }
        if (waiting == null) {
            return;
        }
        if (overflowed()) {
            waiting.completeExceptionally(slow());
        } else {
            waiting.complete(true);
        }
    }

    private Uni<StreamItem> next() {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Boolean> waiting;
            synchronized (this) {
                if (overflowed) {
                    return Uni.createFrom().failure(slow());
                }
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

    private synchronized boolean overflowed() {
        return overflowed;
    }

    private SlowClientException slow() {
        return new SlowClientException(capacity);
    }

    /** Ends the stream of a client that did not keep up. */
    static final class SlowClientException extends RuntimeException {

        SlowClientException(int capacity) {
            super("stream client fell more than " + capacity + " events behind; reconnect with Last-Event-ID");
        }
    }
}
