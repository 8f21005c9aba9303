package claimwatch.ingest.fetch;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an address may be fetched: nothing in a special-purpose range (loopback, private, link-local, ...,
 * including IPv6 forms embedding such an IPv4 address) unless an operator allow-listed its network.
 */
final class AddressGuard {

    private final List<Cidr> allowed;

    AddressGuard(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    static AddressGuard of(List<String> cidrs) {
        return new AddressGuard(cidrs.stream().map(Cidr::parse).toList());
    }

    /** Empty when the address may be fetched, else the end of the operator detail, e.g. "is private". */
    Optional<String> refusal(InetAddress address) {
        if (isAllowListed(address)) {
            return Optional.empty();
        }
        Optional<String> own = SpecialRanges.label(address);
        if (own.isPresent()) {
            return Optional.of("is " + own.get());
        }
        Optional<InetAddress> embedded = SpecialRanges.embeddedV4(address);
        if (embedded.isPresent()) {
            if (SpecialRanges.reachesEmbeddedDirectly(address) && isAllowListed(embedded.get())) {
                return Optional.empty();
            }
            Optional<String> inner = SpecialRanges.label(embedded.get());
            if (inner.isPresent()) {
                return Optional.of("embeds " + IpLiterals.format(embedded.get()) + ", which is " + inner.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses the host when ANY of its addresses is forbidden rather than filtering them out: a name that mixes public
     * and internal addresses is either misconfigured or a rebinding attempt, and neither should be fetched.
     */
    void check(String host, List<InetAddress> addresses) throws AddressRefusedException {
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                throw new AddressRefusedException(detail(host, address, refusal.get()));
            }
        }
    }

    static String detail(String host, InetAddress address, String refusal) {
        boolean literal = IpLiterals.parse(host).map(address::equals).orElse(false);
        return literal ? detail(address, refusal) : "address " + IpLiterals.format(address) + " of " + host + " " + refusal;
    }

    static String detail(InetAddress address, String refusal) {
        return "address " + IpLiterals.format(address) + " " + refusal;
    }

    private boolean isAllowListed(InetAddress address) {
        for (Cidr cidr : allowed) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
