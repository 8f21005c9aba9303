package claimwatch.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import claimwatch.ingest.IngestConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Polls every feed when it is due, a few at a time, each on its own so that one outlet being down or slow never
 * holds up the others. After a failure the next poll backs off exponentially, up to ingest.feeds.max-backoff.
 */
@ApplicationScoped
public class FeedPoller {

    /** How long a claimed feed is kept from other pollers; a replica that dies mid-poll frees it after this. */
    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final FeedRepository feeds;
    private final FeedPoll poll;
    private final IngestConfig.Feeds config;
    private final Clock clock;
    private final ExecutorService workers;
    private final AtomicInteger inFlight = new AtomicInteger();

    public FeedPoller(FeedRepository feeds, FeedPoll poll, IngestConfig config, Clock clock) {
        this.feeds = feeds;
        this.poll = poll;
        this.config = config.feeds();
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(this.config.workers(), runnable -> new Thread(runnable, "feed-poller"));
    }

    @Scheduled(every = "${ingest.feeds.tick}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollDueFeeds() {
        int free = config.workers() - inFlight.get();
        if (free <= 0) {
            return;
        }
        Instant now = Instant.now(clock);
        List<FeedSnapshot> due = QuarkusTransaction.requiringNew().call(
                () -> feeds.claimDue(now, now.plus(LEASE), free).stream().map(FeedSnapshot::of).toList());
        for (FeedSnapshot feed : due) {
            inFlight.incrementAndGet();
            workers.execute(() -> {
                try {
                    record(feed.id(), pollSafely(feed));
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    private PollReport pollSafely(FeedSnapshot feed) {
        try {
            return poll.poll(feed);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Polling feed %d (%s) failed unexpectedly", feed.id(), feed.url());
            return PollReport.problem("failed", "internal error: " + e.getClass().getSimpleName());
        }
    }

    private void record(long feedId, PollReport report) {
        QuarkusTransaction.requiringNew().run(() -> feeds.findByIdOptional(feedId).ifPresent(feed -> {
            Instant now = Instant.now(clock);
            feed.lastPolledAt = now;
            feed.lastOutcome = report.outcome();
            feed.lastError = report.error();
            feed.polls++;
            feed.entriesSeen += report.entriesSeen();
            feed.articlesPublished += report.published();
            feed.duplicates += report.duplicates();
            feed.pageFailures += report.pageFailures();
            if (report.failed()) {
                feed.consecutiveFailures++;
            } else {
                feed.consecutiveFailures = 0;
                feed.etag = report.etag();
                feed.lastModified = report.lastModified();
            }
            feed.nextPollAt = now.plus(Backoff.nextInterval(Duration.ofSeconds(feed.pollIntervalSeconds), feed.consecutiveFailures, config.maxBackoff()));
        }));
    }


    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
