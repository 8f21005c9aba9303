package claimwatch.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/** A URL to fetch plus the validators from the last fetch of it (either may be null) for a conditional GET. */
public record FetchRequest(URI url, String etag, String lastModified) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        etag = validator(etag, "etag");
        lastModified = validator(lastModified, "lastModified");
    }

    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null);
    }

    private static String validator(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException(name + " contains control characters");
        }
        return value.strip();
    }
}
