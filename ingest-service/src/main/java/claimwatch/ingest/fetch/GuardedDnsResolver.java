package claimwatch.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;

/**
 * HttpClient's only way to resolve names: asks the {@link HostResolver} once and hands back only addresses the guard
 * has passed, so there is no second lookup for a rebinding DNS server to answer differently.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final HostResolver resolver;
    private final AddressGuard guard;

    GuardedDnsResolver(HostResolver resolver, AddressGuard guard) {
        this.resolver = resolver;
        this.guard = guard;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        Optional<InetAddress> literal = IpLiterals.parse(name);
        List<InetAddress> addresses = literal.isPresent() ? List.of(literal.get()) : resolver.resolve(name);
        // List.of(...).contains(null) throws, so look for holes in the resolver's answer by hand.
        if (addresses == null || addresses.isEmpty() || addresses.stream().anyMatch(Objects::isNull)) {
            throw new UnknownHostException(name + " has no addresses");
        }
        guard.check(name, addresses);
        return addresses.toArray(new InetAddress[0]);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
