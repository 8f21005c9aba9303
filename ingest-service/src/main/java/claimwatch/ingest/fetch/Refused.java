package claimwatch.ingest.fetch;

import java.net.URI;

/** A fetch the fetcher declined on principle (unsafe address, robots.txt, size, ...); retrying soon will not help. */
public record Refused(URI url, RefusalReason reason, String detail) implements FetchOutcome {
}
