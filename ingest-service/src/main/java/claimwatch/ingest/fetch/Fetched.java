package claimwatch.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;

/**
 * A page fetched with a 2xx status; {@code contentType} is the lower-case media type without parameters, null when the
 * server sent none, and {@code body} is the decoded (un-gzipped) bytes, shared rather than copied.
 */
public record Fetched(URI url, URI finalUrl, int status, String contentType, Charset charset, byte[] body, String etag,
        String lastModified, Instant fetchedAt) implements FetchOutcome {

    public String text() {
        String text = new String(body, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
