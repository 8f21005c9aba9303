package claimwatch.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** ingest-service settings, keys under {@code ingest.}; every key can also be set as an environment variable (INGEST_...). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Longest pushed text or HTML accepted, in characters ({@code ingest.max-text-chars}). */
    @WithDefault("2000000")
    int maxTextChars();

    /** How long the relay waits for Kafka to acknowledge a batch before trying again later ({@code ingest.publish-timeout}). */
    @WithDefault("10s")
    Duration publishTimeout();

    /** Most articles in one {@code POST /articles/batch} ({@code ingest.max-batch-size}). */
    @WithDefault("500")
    int maxBatchSize();

    Outbox outbox();

    Fetch fetch();

    Feeds feeds();

    Dedupe dedupe();

    /** The transactional outbox relay. */
    interface Outbox {

        /** How often the relay looks for messages ({@code ingest.outbox.interval}, set in application.properties). */
        Duration interval();

        /** Messages sent per transaction ({@code ingest.outbox.batch-size}). */
        @WithDefault("200")
        int batchSize();

        /** Batches per relay run, so one run stays bounded ({@code ingest.outbox.max-batches-per-run}). */
        @WithDefault("50")
        int maxBatchesPerRun();
    }

    /** Fetching pages and feeds over HTTP. */
    interface Fetch {

        /** Sent on every request ({@code ingest.fetch.user-agent}). */
        @WithDefault("claimwatch/0.1 (+https://claimwatch.example/bot)")
        String userAgent();

        @WithDefault("5s")
        Duration connectTimeout();

        /** Longest wait for the next bytes of a response ({@code ingest.fetch.read-timeout}). */
        @WithDefault("10s")
        Duration readTimeout();

        /** Deadline of one fetch, redirects and waiting for the host included ({@code ingest.fetch.total-timeout}). */
        @WithDefault("30s")
        Duration totalTimeout();

        @WithDefault("5")
        int maxRedirects();

        /** Largest body read, before and after decompression ({@code ingest.fetch.max-body-bytes}, 5 MiB). */
        @WithDefault("5242880")
        long maxBodyBytes();

        /** Least time between two requests to one host ({@code ingest.fetch.per-host-delay}). */
        @WithDefault("1s")
        Duration perHostDelay();

        @WithDefault("1h")
        Duration robotsCacheTtl();

        /**
         * CIDRs fetched although private or loopback, comma-separated ({@code ingest.fetch.allow-cidrs}, env
         * INGEST_FETCH_ALLOW_CIDRS); empty by default. Local development sets 127.0.0.0/8,::1/128.
         */
        Optional<List<String>> allowCidrs();
    }

    /** Polling feeds and sitemaps. */
    interface Feeds {

        /** How often a feed is polled unless registered otherwise ({@code ingest.feeds.default-poll-interval}). */
        @WithDefault("15m")
        Duration defaultPollInterval();

        /** Shortest poll interval a feed may ask for ({@code ingest.feeds.min-poll-interval}). */
        @WithDefault("10s")
        Duration minPollInterval();

        /** Longest back-off after repeated failures ({@code ingest.feeds.max-backoff}). */
        @WithDefault("6h")
        Duration maxBackoff();

        /** Entries read from one feed document ({@code ingest.feeds.max-entries}). */
        @WithDefault("1000")
        int maxEntries();

        /** New pages fetched per poll of one feed; the rest wait for the next poll ({@code ingest.feeds.max-new-pages-per-poll}). */
        @WithDefault("50")
        int maxNewPagesPerPoll();

        /** Child sitemaps followed from one sitemap index ({@code ingest.feeds.max-child-sitemaps}). */
        @WithDefault("20")
        int maxChildSitemaps();

        /** Attempts at a page that keeps failing before it is given up ({@code ingest.feeds.max-page-attempts}). */
        @WithDefault("3")
        int maxPageAttempts();

        /** Feeds polled at the same time ({@code ingest.feeds.workers}). */
        @WithDefault("4")
        int workers();

        /** How often due feeds are looked for ({@code ingest.feeds.tick}, set in application.properties). */
        Duration tick();
    }

    /** Near-duplicate detection. */
    interface Dedupe {

        /**
         * Largest fingerprint distance, in bits, at which two texts count as the same article ({@code ingest.dedupe.max-distance}).
         * Measured on the samples: the syndicated copy is 4 bits from its original, independent articles 19 or more.
         */
        @WithDefault("10")
        int maxDistance();

        /** Newest fingerprints kept in memory for comparison ({@code ingest.dedupe.capacity}); a look-up at 20,000 takes about 50 µs. */
        @WithDefault("20000")
        int capacity();
    }
}
