package claimwatch.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A HostResolver with a fixed table that records every name it is asked for; unknown names do not exist. */
final class FakeDns implements HostResolver {

    private final Map<String, List<InetAddress>> table = new HashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    FakeDns map(String host, String... addresses) {
        table.put(host, Arrays.stream(addresses).map(FakeDns::literal).toList());
        return this;
    }

    FakeDns mapTo(String host, InetAddress... addresses) {
        table.put(host, List.of(addresses));
        return this;
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        asked.add(host);
        List<InetAddress> addresses = table.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        return addresses;
    }

    List<String> asked() {
        return List.copyOf(asked);
    }

    /** Parses an IP literal without any chance of a DNS query. */
    static InetAddress literal(String address) {
        return IpLiterals.parse(address).orElseThrow(() -> new IllegalArgumentException("not a literal: " + address));
    }
}
