package claimwatch.ingest.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/** An IPv4 or IPv6 network such as {@code 127.0.0.0/8}, parsed strictly (no host bits, no DNS, no zone). */
final class Cidr {

    private final byte[] network;
    private final int prefix;
    private final String text;

    private Cidr(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    static Cidr parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("CIDR is null");
        }
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        if (slash <= 0 || slash != trimmed.lastIndexOf('/') || slash == trimmed.length() - 1) {
            throw invalid(text, "expected address/prefix");
        }
        String addressText = trimmed.substring(0, slash);
        String prefixText = trimmed.substring(slash + 1);
        byte[] bytes = addressBytes(addressText).orElseThrow(() -> invalid(text, "bad address"));
        if (!prefixText.chars().allMatch(c -> c >= '0' && c <= '9') || prefixText.length() > 3
                || (prefixText.length() > 1 && prefixText.charAt(0) == '0')) {
            throw invalid(text, "bad prefix length");
        }
        int prefix = Integer.parseInt(prefixText);
        if (prefix > bytes.length * 8) {
            throw invalid(text, "prefix longer than " + bytes.length * 8);
        }
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            if (bitAt(bytes, bit)) {
                throw invalid(text, "host bits set after /" + prefix);
            }
        }
        return new Cidr(bytes, prefix, trimmed);
    }

    private static Optional<byte[]> addressBytes(String text) {
        if (text.indexOf(':') < 0) {
            return IpLiterals.parseV4(text);
        }
        return IpLiterals.parse(text).map(address -> address instanceof Inet4Address ? mapped(address) : address.getAddress());
    }

    // The JDK turns "::ffff:a.b.c.d" into an IPv4 address; keep what the operator wrote, an IPv6 network.
    private static byte[] mapped(InetAddress v4) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(v4.getAddress(), 0, bytes, 12, 4);
        return bytes;
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("invalid CIDR '" + text + "': " + why);
    }

    boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            if (bitAt(address, bit) != bitAt(network, bit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bitAt(byte[] bytes, int bit) {
        return (bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr && prefix == ((Cidr) other).prefix && Arrays.equals(network, ((Cidr) other).network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return text;
    }
}
