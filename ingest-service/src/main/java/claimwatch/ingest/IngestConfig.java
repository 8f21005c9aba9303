package claimwatch.ingest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** ingest-service settings, keys under {@code ingest.}. */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Longest pushed text or HTML accepted, in characters ({@code ingest.max-text-chars}). */
    @WithDefault("2000000")
    int maxTextChars();

    /** How long POST /articles waits for Kafka to acknowledge an article before answering 503 ({@code ingest.publish-timeout}). */
    @WithDefault("10s")
    Duration publishTimeout();
}
