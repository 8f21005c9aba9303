package claimwatch.ingest.fetch;

import java.net.URI;
import java.time.Instant;

/** A 304 answer to a conditional GET; the validators are the server's when it repeated them, else the request's. */
public record NotModified(URI url, String etag, String lastModified, Instant fetchedAt) implements FetchOutcome {
}
