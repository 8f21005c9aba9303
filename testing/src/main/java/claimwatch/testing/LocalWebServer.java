package claimwatch.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 for tests that fetch: fixed documents by path (with an ETag, so conditional GETs get
 * 304), custom handlers for misbehaving servers, and a log of the requests it received.
 */
public final class LocalWebServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private LocalWebServer(HttpServer server) {
        this.server = server;
    }

    public static LocalWebServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            LocalWebServer web = new LocalWebServer(server);
            server.createContext("/", web::dispatch);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return web;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a web server on 127.0.0.1", e);
        }
    }

    /** Serves {@code body} at {@code path}; a request carrying its ETag gets 304. */
    public LocalWebServer document(String path, String contentType, String body) {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        return handle(path, exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("ETag", etag);
            respond(exchange, 200, body);
        });
    }

    public LocalWebServer status(String path, int status) {
        return handle(path, exchange -> respond(exchange, status, "status " + status));
    }

    public LocalWebServer handle(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests received, as "METHOD /path", oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public long requestsFor(String path) {
        return requests.stream().filter(request -> request.endsWith(" " + path)).count();
    }

    public static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            Handler handler = routes.get(path);
            if (handler == null) {
                respond(exchange, 404, "not found");
            } else {
                handler.handle(exchange);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
