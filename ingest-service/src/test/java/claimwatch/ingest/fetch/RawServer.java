package claimwatch.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare socket server on 127.0.0.1 for peers no HTTP server library would imitate: drip-feeding, speaking garbage,
 * hanging up. It answers /robots.txt with a 404 itself, so handlers only see page requests.
 */
final class RawServer implements AutoCloseable {

    /** What to do with one accepted connection whose request head has been read. */
    @FunctionalInterface
    interface Behaviour {
        void serve(String requestHead, Socket socket) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    private RawServer(Behaviour behaviour, boolean readHead) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        executor.submit(() -> {
            while (!closed) {
                Socket accepted;
                try {
                    accepted = socket.accept();
                } catch (IOException e) {
                    return;
                }
                connections.incrementAndGet();
                executor.submit(() -> handle(accepted, behaviour, readHead));
            }
        });
    }

    static RawServer start(Behaviour behaviour) throws IOException {
        return new RawServer(behaviour, true);
    }

    /** Hands over connections without reading anything first, e.g. to answer a TLS hello with garbage. */
    static RawServer startUnread(Behaviour behaviour) throws IOException {
        return new RawServer(behaviour, false);
    }

    private static void handle(Socket accepted, Behaviour behaviour, boolean readHead) {
        try (Socket connection = accepted) {
            connection.setSoTimeout(10_000);
            String head = readHead ? readHead(connection.getInputStream()) : "";
            if (head.startsWith("GET /robots.txt ")) {
                write(connection, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                return;
            }
            behaviour.serve(head, connection);
        } catch (IOException | InterruptedException e) {
            // The client hung up or the test ended; either is expected here.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (int i = 0; i < 64 * 1024; i++) {
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                break;
            }
            if (b < 0) {
                break;
            }
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Writes one byte per interval until {@code text} is out or the peer hangs up; at most {@code text.length()} steps. */
    static void drip(Socket socket, String text, long intervalMillis) throws IOException, InterruptedException {
        OutputStream out = socket.getOutputStream();
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            out.write(b);
            out.flush();
            Thread.sleep(intervalMillis);
        }
    }

    int connections() {
        return connections.get();
    }

    URI url(String scheme, String path) {
        return URI.create(scheme + "://127.0.0.1:" + socket.getLocalPort() + path);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        executor.shutdownNow();
    }
}
