package claimwatch.api;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** api-service settings, keys under {@code api.}. */
@ConfigMapping(prefix = "api")
public interface ApiConfig {

    /** Paging of every list endpoint. */
    PageConfig page();

    interface PageConfig {

        /** Items per page when no {@code limit} is given ({@code api.page.default-limit}). */
        @WithDefault("20")
        int defaultLimit();

        /** Largest {@code limit} accepted ({@code api.page.max-limit}). */
        @WithDefault("100")
        int maxLimit();
    }

    /** The live stream, GET /api/stream. */
    StreamConfig stream();

    interface StreamConfig {

        /** How often each replica reads new rows of the event table ({@code api.stream.poll-interval}). */
        @WithDefault("200ms")
        Duration pollInterval();

        /** Quiet time after which a client gets a heartbeat comment ({@code api.stream.heartbeat}). */
        @WithDefault("15s")
        Duration heartbeat();

        /** Events queued in memory per client (a client further behind reads from the database), and recent events kept per replica ({@code api.stream.buffer}). */
        @WithDefault("256")
        int buffer();

        /** Events older than this are pruned ({@code api.stream.retention}). */
        @WithDefault("P7D")
        Duration retention();
    }

    /** Text search in GET /api/claims. */
    SearchConfig search();

    interface SearchConfig {

        /** Claims in the smallest window of newest claims a text search reads first; each next one doubles it ({@code api.search.smallest-window}). */
        @WithDefault("1000")
        int smallestWindow();

        /** How often each replica re-reads where the windows begin ({@code api.search.refresh}; the scheduler reads the key). */
        @WithDefault("60s")
        Duration refresh();

        /** Pages of text search results kept per replica until the read model changes; 0 keeps none ({@code api.search.cache-size}). */
        @WithDefault("0")
        int cacheSize();
    }
}
