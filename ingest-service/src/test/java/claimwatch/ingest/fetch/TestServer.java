package claimwatch.ingest.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A JDK HTTP server on a loopback address and a free port that counts and records what it is asked. */
final class TestServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Seen(String path, Headers headers, long atNanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private TestServer(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            record(exchange);
            try {
                respond(exchange, 404, "text/plain", "not found");
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    static TestServer start() throws IOException {
        return new TestServer("127.0.0.1");
    }

    static TestServer startOn(String loopbackAddress) throws IOException {
        return new TestServer(loopbackAddress);
    }

    /** Serves the decoded {@code path} (exactly, or all under it if it ends in '/'); requests are counted by raw path. */
    TestServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            String requested = record(exchange);
            try {
                if (!path.endsWith("/") && !exchange.getRequestURI().getPath().equals(path)) {
                    respond(exchange, 404, "text/plain", "not found");
                    return;
                }
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    private String record(HttpExchange exchange) {
        String requested = exchange.getRequestURI().getRawPath();
        counts.computeIfAbsent(requested, key -> new AtomicInteger()).incrementAndGet();
        seen.add(new Seen(exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders(), System.nanoTime()));
        return requested;
    }

    TestServer page(String path, String contentType, String body) {
        return on(path, exchange -> respond(exchange, 200, contentType, body));
    }

    TestServer robots(String body) {
        return page("/robots.txt", "text/plain", body);
    }

    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        respond(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI url(String path) {
        InetAddress address = server.getAddress().getAddress();
        String host = address instanceof Inet6Address ? "[" + IpLiterals.format(address) + "]" : address.getHostAddress();
        return URI.create("http://" + host + ":" + port() + path);
    }

    /** The same server under another host name, for use with a test resolver. */
    URI url(String hostName, String path) {
        return URI.create("http://" + hostName + ":" + port() + path);
    }

    int count(String path) {
        AtomicInteger count = counts.get(path);
        return count == null ? 0 : count.get();
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    Seen last(String path) {
        List<Seen> all = seen();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).path().equals(path)) {
                return all.get(i);
            }
        }
        throw new AssertionError("no request for " + path + " in " + all);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
