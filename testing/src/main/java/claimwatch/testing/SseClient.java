package claimwatch.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal Server-Sent Events client over java.net.http for tests: reads events on a thread into a queue. */
public final class SseClient implements AutoCloseable {

    /** One received event; {@code comment} is set for comment lines (heartbeats). */
    public record Event(String id, String type, String data, String comment) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final Thread reader;
    private volatile boolean ended;

    private SseClient(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects; answers the status and body instead when the server refuses with something other than 200. */
    public static SseClient connect(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            String text = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            response.body().close();
            throw new RefusedException(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), text);
        }
        return new SseClient(response.body());
    }

    /** The next event that is not a comment, or null after the timeout. */
    public Event next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null || event.comment() == null) {
                return event;
            }
        }
    }

    /** Exactly {@code count} events within the timeout (fewer if they do not come). */
    public List<Event> take(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> taken = new ArrayList<>();
        while (taken.size() < count) {
            Event event = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (event == null) {
                break;
            }
            taken.add(event);
        }
        return taken;
    }

    public boolean ended() {
        return ended;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null || type != null) {
                        events.add(new Event(id, type, data == null ? null : data.toString(), null));
                    }
                    id = null;
                    type = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, null, null, line.substring(1).strip()));
                } else if (line.startsWith("id:")) {
                    id = value(line);
                } else if (line.startsWith("event:")) {
                    type = value(line);
                } else if (line.startsWith("data:")) {
                    data = data == null ? new StringBuilder(value(line)) : data.append('\n').append(value(line));
                }
            }
        } catch (IOException closed) {
            // the test closed the stream, or the server ended it
        } finally {
            ended = true;
        }
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() throws IOException {
        body.close();
        reader.interrupt();
    }

    /** The server answered with something other than a stream. */
    public static final class RefusedException extends IOException {

        public final int status;
        public final String contentType;
        public final String body;

        RefusedException(int status, String contentType, String body) {
            super("HTTP " + status + ": " + body);
            this.status = status;
            this.contentType = contentType;
            this.body = body;
        }
    }
}
