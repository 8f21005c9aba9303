package claimwatch.extract.reprocess;

import java.time.Instant;

/** Where a replay of the articles topic stands. */
public record ReplayProgress(String id, String status, String extractor, int extractorVersion, Instant startedAt, Instant finishedAt,
        long total, long read, long published, long skipped, String error) {
}
