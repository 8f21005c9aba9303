package claimwatch.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * One response whose headers have arrived: read its body within limits, or close it; a body not read to the end is
 * drained only when small, else dropped with its connection.
 */
final class Exchange implements AutoCloseable {

    private static final long DRAIN_LIMIT = 16 * 1024;

    private final TargetUrl target;
    private final HttpGet request;
    private final ClassicHttpResponse response;
    private final ScheduledFuture<?> alarm;
    private final AtomicBoolean deadlineFired;
    private final FetchSettings settings;
    private final Deadline deadline;
    private boolean consumed;

    Exchange(TargetUrl target, HttpGet request, ClassicHttpResponse response, ScheduledFuture<?> alarm,
            AtomicBoolean deadlineFired, FetchSettings settings, Deadline deadline) {
        this.target = target;
        this.request = request;
        this.response = response;
        this.alarm = alarm;
        this.deadlineFired = deadlineFired;
        this.settings = settings;
        this.deadline = deadline;
        this.consumed = response.getEntity() == null;
    }

    TargetUrl target() {
        return target;
    }

    int status() {
        return response.getCode();
    }

    Optional<String> header(String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? Optional.empty() : Optional.ofNullable(header.getValue()).map(String::strip);
    }

    List<String> headers(String name) {
        return Arrays.stream(response.getHeaders(name)).map(Header::getValue).toList();
    }

    OptionalLong contentLength() {
        Optional<String> value = header("Content-Length");
        if (value.isEmpty() || !value.get().matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(value.get()));
    }

    /** The decoded body, at most {@code cap} bytes: over it a refusal, or with {@code truncate} the first cap bytes. */
    byte[] readBody(long cap, boolean truncate) throws FetchStop {
        ContentCodings codings = ContentCodings.parse(headers("Content-Encoding"));
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new byte[0];
        }
        try {
            InputStream raw = entity.getContent();
            byte[] body = new BodyReader(cap, truncate, deadline).read(raw, codings);
            // A truncated body has more to come; anything else should be at its end, which frees the connection.
            consumed = !(truncate && body.length == cap) && raw.read() < 0;
            return body;
        } catch (IOException e) {
            throw Failures.of(e, target, settings, deadline, deadlineFired.get());
        }
    }

    @Override
    public void close() {
        if (!consumed) {
            consumed = drainSmallBody();
        }
        alarm.cancel(false);
        if (!consumed) {
            request.cancel();
        }
        try {
            response.close();
        } catch (IOException e) {
            // The connection was cancelled above or already broken; either way it is gone from the pool.
        }
    }

    // Small redirect and error bodies are read out so the connection can serve the next request to this host.
    private boolean drainSmallBody() {
        OptionalLong length = contentLength();
        if (length.isEmpty() || length.getAsLong() > DRAIN_LIMIT) {
            return false;
        }
        try {
            InputStream in = response.getEntity().getContent();
            byte[] buffer = new byte[4096];
            for (long left = DRAIN_LIMIT + 1; left > 0; ) {
                int read = in.read(buffer);
                if (read < 0) {
                    return true;
                }
                left -= read;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
