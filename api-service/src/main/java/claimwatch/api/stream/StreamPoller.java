package claimwatch.api.stream;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import claimwatch.api.ApiConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * The one reader of new event rows in this JVM: every poll interval it reads the rows above the hub's position and
 * publishes them to every connected client. Every replica runs its own, so each replica's clients see every event.
 * While no client is connected it only follows the newest id.
 */
@ApplicationScoped
public class StreamPoller {

    private static final Logger LOG = Logger.getLogger(StreamPoller.class);
    private static final int PAGE = 500;
    private static final int PAGES_PER_POLL = 20;

    private final EventLog log;
    private final ApiConfig config;
    private final StreamHub hub;
    private ScheduledExecutorService executor;

    public StreamPoller(EventLog log, ApiConfig config) {
        this.log = log;
        this.config = config;
        this.hub = new StreamHub(config.stream().buffer());
    }

    public StreamHub hub() {
        return hub;
    }

    void start(@Observes StartupEvent started) {
        hub.start(log.newestId());
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-stream-poller");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, config.stream().pollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void poll() {
        try {
            if (hub.clients() == 0 && hub.skipWhileIdle(log.newestId())) {
                return;
            }
            for (int page = 0; page < PAGES_PER_POLL; page++) {
                List<StoredEvent> events = log.read(hub.position(), Long.MAX_VALUE, StreamFilter.ALL, PAGE);
                if (!events.isEmpty()) {
                    hub.publish(events);
                }
                if (events.size() < PAGE) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The next poll tries again from the same position, so a database hiccup delays events but loses none.
            LOG.warnf(e, "Could not read new events after %d", hub.position());
        }
    }
}
