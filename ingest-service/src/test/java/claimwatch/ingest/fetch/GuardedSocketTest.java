package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class GuardedSocketTest {

    private final List<InetSocketAddress> attempts = new CopyOnWriteArrayList<>();

    private static void assertNothingConnected(ServerSocket listener) throws Exception {
        listener.setSoTimeout(200);
        assertThrows(SocketTimeoutException.class, listener::accept);
    }

    @Test
    void refusesForbiddenAddressBeforeConnecting() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                GuardedSocket socket = new GuardedSocket(AddressGuard.of(List.of()), attempts::add)) {
            InetSocketAddress target = new InetSocketAddress(FakeDns.literal("127.0.0.1"), listener.getLocalPort());

            AddressRefusedException error = assertThrows(AddressRefusedException.class, () -> socket.connect(target, 1000));

            assertEquals("address 127.0.0.1 is loopback", error.getMessage());
            assertTrue(socket.isClosed());
            assertEquals(List.of(), attempts);
            assertNothingConnected(listener);
        }
    }

    @Test
    void connectsToAnAllowedAddressAndReportsIt() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                GuardedSocket socket = new GuardedSocket(AddressGuard.of(List.of("127.0.0.0/8")), attempts::add)) {
            InetSocketAddress target = new InetSocketAddress(FakeDns.literal("127.0.0.1"), listener.getLocalPort());

            socket.connect(target, 1000);

            assertTrue(socket.isConnected());
            assertEquals(FakeDns.literal("127.0.0.1"), socket.getInetAddress());
            assertEquals(List.of(target), attempts);
            try (Socket accepted = listener.accept()) {
                assertTrue(accepted.isConnected());
            }
        }
    }

    @Test
    void mappedLoopbackIsRefusedWithoutAllowList() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                GuardedSocket socket = new GuardedSocket(AddressGuard.of(List.of()), attempts::add)) {
            InetSocketAddress target = new InetSocketAddress(AddressGuardTest.v6("::ffff:127.0.0.1"), listener.getLocalPort());

            AddressRefusedException error = assertThrows(AddressRefusedException.class, () -> socket.connect(target, 1000));

            assertEquals("address ::ffff:127.0.0.1 embeds 127.0.0.1, which is loopback", error.getMessage());
            assertNothingConnected(listener);
        }
    }

    @Test
    void unresolvedEndpointIsRefused() throws Exception {
        try (GuardedSocket socket = new GuardedSocket(AddressGuard.of(List.of("0.0.0.0/0")), attempts::add)) {
            assertThrows(AddressRefusedException.class,
                    () -> socket.connect(InetSocketAddress.createUnresolved("example.com", 80), 1000));
            assertEquals(List.of(), attempts);
        }
    }

    @Test
    void singleArgumentConnectIsGuardedToo() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                GuardedSocket socket = new GuardedSocket(AddressGuard.of(List.of()), attempts::add)) {
            InetSocketAddress target = new InetSocketAddress(FakeDns.literal("127.0.0.1"), listener.getLocalPort());

            assertThrows(AddressRefusedException.class, () -> socket.connect(target));
            assertNothingConnected(listener);
        }
    }
}
