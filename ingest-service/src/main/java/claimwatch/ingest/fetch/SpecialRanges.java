package claimwatch.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The IANA special-purpose ranges a news fetcher has no business reaching, each with the word operators read, and the
 * IPv6 forms that carry an IPv4 address inside them.
 */
final class SpecialRanges {

    private record Range(Cidr cidr, String label) {
    }

    // Broadcast precedes 240/4 so 255.255.255.255 gets its own name; 0/8 is "this network", unusable as a destination.
    private static final List<Range> V4 = List.of(
            range("0.0.0.0/32", "unspecified"),
            range("0.0.0.0/8", "reserved"),
            range("10.0.0.0/8", "private"),
            range("100.64.0.0/10", "carrier-grade NAT"),
            range("127.0.0.0/8", "loopback"),
            range("169.254.0.0/16", "link-local"),
            range("172.16.0.0/12", "private"),
            range("192.0.0.0/24", "IETF protocol assignment"),
            range("192.0.2.0/24", "documentation"),
            range("192.88.99.0/24", "reserved"),
            range("192.168.0.0/16", "private"),
            range("198.18.0.0/15", "benchmarking"),
            range("198.51.100.0/24", "documentation"),
            range("203.0.113.0/24", "documentation"),
            range("224.0.0.0/4", "multicast"),
            range("255.255.255.255/32", "broadcast"),
            range("240.0.0.0/4", "reserved"));

    private static final List<Range> V6 = List.of(
            range("::/128", "unspecified"),
            range("::1/128", "loopback"),
            range("64:ff9b:1::/48", "local-use NAT64"),
            range("100::/64", "discard-only"),
            range("2001::/32", "Teredo"),
            range("2001:2::/48", "benchmarking"),
            range("2001:db8::/32", "documentation"),
            range("3fff::/20", "documentation"),
            range("fc00::/7", "unique-local"),
            range("fe80::/10", "link-local"),
            range("fec0::/10", "site-local"),
            range("ff00::/8", "multicast"));

    private static final Cidr MAPPED = Cidr.parse("::ffff:0:0/96");
    private static final Cidr COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");
    private static final Cidr GLOBAL_UNICAST = Cidr.parse("2000::/3");

    private SpecialRanges() {
    }

    private static Range range(String cidr, String label) {
        return new Range(Cidr.parse(cidr), label);
    }

    /** The special range the address itself lies in, e.g. "private"; IPv6 outside 2000::/3 is "reserved". */
    static Optional<String> label(InetAddress address) {
        byte[] bytes = address.getAddress();
        List<Range> ranges = bytes.length == 4 ? V4 : V6;
        for (Range range : ranges) {
            if (range.cidr().contains(bytes)) {
                return Optional.of(range.label());
            }
        }
        if (bytes.length == 16 && embeddedV4(address).isEmpty() && !GLOBAL_UNICAST.contains(bytes)) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 address. */
    static Optional<InetAddress> embeddedV4(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != 16) {
            return Optional.empty();
        }
        if (MAPPED.contains(bytes) || NAT64.contains(bytes) || COMPATIBLE.contains(bytes)) {
            return Optional.of(v4(bytes, 12));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return Optional.of(v4(bytes, 2));
        }
        return Optional.empty();
    }

    /** True for the forms the local IP stack itself delivers to the embedded IPv4 address. */
    static boolean reachesEmbeddedDirectly(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (MAPPED.contains(bytes) || COMPATIBLE.contains(bytes));
    }

    private static InetAddress v4(byte[] bytes, int offset) {
        byte[] v4 = new byte[4];
        System.arraycopy(bytes, offset, v4, 0, 4);
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an address", e);
        }
    }
}
