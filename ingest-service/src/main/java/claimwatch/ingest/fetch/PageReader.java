package claimwatch.ingest.fetch;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Turns a final (non-redirect) response into the outcome: a page, "not modified", or why not. */
final class PageReader {

    private final FetchSettings settings;
    private final Clock clock;

    PageReader(FetchSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    FetchOutcome read(FetchRequest request, Exchange exchange) throws FetchStop {
        int status = exchange.status();
        Instant now = clock.instant();
        if (status == 304) {
            return new NotModified(request.url(), exchange.header("ETag").orElse(request.etag()),
                    exchange.header("Last-Modified").orElse(request.lastModified()), now);
        }
        if (status < 200 || status >= 300) {
            String retryAfter = exchange.header("Retry-After").map(value -> " (Retry-After: " + value + ")").orElse("");
            throw FetchStop.httpStatus(status, "HTTP " + status + " from " + exchange.target().site() + retryAfter);
        }
        Optional<MediaType> type = MediaType.parse(exchange.header("Content-Type").orElse(null));
        if (type.isPresent() && !type.get().isReadable()) {
            throw FetchStop.refused(RefusalReason.CONTENT_TYPE,
                    "content type " + type.get().essence() + " is not text, HTML, XML or JSON");
        }
        long cap = settings.maxBodyBytes();
        OptionalLong declared = exchange.contentLength();
        if (declared.isPresent() && declared.getAsLong() > cap) {
            throw FetchStop.refused(RefusalReason.TOO_LARGE,
                    "Content-Length " + declared.getAsLong() + " exceeds " + cap + " bytes");
        }
        byte[] body = exchange.readBody(cap, false);
        Charset charset = CharsetDetector.detect(type.flatMap(MediaType::charset), body);
        return new Fetched(request.url(), exchange.target().uri(), status, type.map(MediaType::essence).orElse(null),
                charset, body, exchange.header("ETag").orElse(null), exchange.header("Last-Modified").orElse(null),
                now);
    }
}
