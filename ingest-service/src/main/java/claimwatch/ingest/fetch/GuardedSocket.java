package claimwatch.ingest.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A plain socket that checks the address it is about to connect to, and the one it ended up connected to, against the
 * guard: the last line of defence, whatever path the address took through HttpClient.
 */
final class GuardedSocket extends Socket {

    private final AddressGuard guard;
    private final Consumer<InetSocketAddress> connectObserver;

    GuardedSocket(AddressGuard guard, Consumer<InetSocketAddress> connectObserver) {
        this.guard = guard;
        this.connectObserver = connectObserver;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (!(endpoint instanceof InetSocketAddress) || ((InetSocketAddress) endpoint).isUnresolved()) {
            throw new AddressRefusedException("refusing to connect to unresolved " + endpoint);
        }
        InetSocketAddress target = (InetSocketAddress) endpoint;
        refuseIfForbidden(target.getAddress());
        connectObserver.accept(target);
        super.connect(endpoint, timeout);
        InetAddress connected = getInetAddress();
        if (!target.getAddress().equals(connected)) {
            close();
            throw new AddressRefusedException("connected to " + connected + " instead of " + target.getAddress());
        }
    }

    private void refuseIfForbidden(InetAddress address) throws IOException {
        Optional<String> refusal = guard.refusal(address);
        if (refusal.isPresent()) {
            close();
            throw new AddressRefusedException(AddressGuard.detail(address, refusal.get()));
        }
    }
}
