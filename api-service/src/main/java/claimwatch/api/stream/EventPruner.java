package claimwatch.api.stream;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import claimwatch.api.ApiConfig;
import io.quarkus.scheduler.Scheduled;

/** Deletes events older than api.stream.retention; each replica runs it, and running it twice deletes nothing more. */
@ApplicationScoped
public class EventPruner {

    private static final Logger LOG = Logger.getLogger(EventPruner.class);

    private final EventLog log;
    private final ApiConfig config;
    private final Clock clock;

    public EventPruner(EventLog log, ApiConfig config, Clock clock) {
        this.log = log;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "event-pruner", every = "${api.stream.prune-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        prune();
    }

    public long prune() {
        long deleted = log.prune(clock.instant().minus(config.stream().retention()));
        if (deleted > 0) {
            LOG.infof("Pruned %d events older than %s; resuming before id %d now starts with a reset event",
                    deleted, config.stream().retention(), log.prunedThrough());
        }
        return deleted;
    }
}
