package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Random addresses checked against independent oracles: the JDK's own classification and plain integer arithmetic. */
class AddressPropertiesTest {

    private static final int SAMPLES = 20_000;
    private final Random random = new Random(20250301);
    private final AddressGuard strict = AddressGuard.of(List.of());

    private InetAddress randomV4() throws Exception {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        // Bias a third of the samples into the interesting low ranges (0-/8, 10/8, 100/8, 127/8, 169/8, 172/8, 192/8).
        if (random.nextInt(3) == 0) {
            int[] firsts = {0, 10, 100, 127, 169, 172, 192, 198, 203, 224, 240, 255};
            bytes[0] = (byte) firsts[random.nextInt(firsts.length)];
        }
        return InetAddress.getByAddress(bytes);
    }

    private InetAddress randomV6() throws Exception {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        int[] firsts = {0x00, 0x20, 0x26, 0x2a, 0x3f, 0x40, 0xfc, 0xfd, 0xfe, 0xff};
        bytes[0] = (byte) firsts[random.nextInt(firsts.length)];
        return Inet6Address.getByAddress(null, bytes, -1);
    }

    @Test
    void everythingTheJdkCallsLocalIsRefused() throws Exception {
        for (int i = 0; i < SAMPLES; i++) {
            InetAddress address = i % 2 == 0 ? randomV4() : randomV6();
            boolean jdkLocal = address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress();
            if (jdkLocal) {
                assertTrue(strict.refusal(address).isPresent(), "passed " + IpLiterals.format(address));
            }
        }
    }

    @Test
    void ipv4GuardAgreesWithARangeTableComputedAsIntegers() throws Exception {
        long[][] forbidden = {
            {0x00000000L, 8}, {0x0A000000L, 8}, {0x64400000L, 10}, {0x7F000000L, 8}, {0xA9FE0000L, 16},
            {0xAC100000L, 12}, {0xC0000000L, 24}, {0xC0000200L, 24}, {0xC0586300L, 24}, {0xC0A80000L, 16},
            {0xC6120000L, 15}, {0xC6336400L, 24}, {0xCB007100L, 24}, {0xE0000000L, 4}, {0xF0000000L, 4}};
        for (int i = 0; i < SAMPLES; i++) {
            InetAddress address = randomV4();
            long value = new BigInteger(1, address.getAddress()).longValue();
            boolean expected = false;
            for (long[] range : forbidden) {
                long mask = (0xFFFFFFFFL << (32 - range[1])) & 0xFFFFFFFFL;
                expected |= (value & mask) == range[0];
            }
            assertEquals(expected, strict.refusal(address).isPresent(), IpLiterals.format(address));
        }
    }

    @Test
    void everyIpv4FormEmbeddedInIpv6GetsTheSameVerdictAsTheIpv4Itself() throws Exception {
        for (int i = 0; i < SAMPLES / 4; i++) {
            InetAddress v4 = randomV4();
            boolean v4Refused = strict.refusal(v4).isPresent();
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(v4.getAddress(), 0, mapped, 12, 4);
            byte[] nat64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            System.arraycopy(v4.getAddress(), 0, nat64, 12, 4);
            byte[] sixToFour = new byte[16];
            sixToFour[0] = 0x20;
            sixToFour[1] = 0x02;
            System.arraycopy(v4.getAddress(), 0, sixToFour, 2, 4);

            for (byte[] carrier : List.of(mapped, nat64, sixToFour)) {
                InetAddress v6 = Inet6Address.getByAddress(null, carrier, -1);
                assertEquals(v4Refused, strict.refusal(v6).isPresent(), IpLiterals.format(v6) + " vs " + v4);
            }
        }
    }

    @Test
    void cidrContainsAgreesWithIntegerPrefixComparison() throws Exception {
        for (int i = 0; i < SAMPLES / 4; i++) {
            boolean v6 = random.nextBoolean();
            InetAddress network = v6 ? randomV6() : randomV4();
            int bits = network.getAddress().length * 8;
            int prefix = random.nextInt(bits + 1);
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).not().and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            BigInteger base = new BigInteger(1, network.getAddress()).and(mask);
            Cidr cidr = Cidr.parse(IpLiterals.format(toAddress(base, bits)) + "/" + prefix);

            InetAddress probe = random.nextBoolean() ? toAddress(base.or(new BigInteger(bits, random).andNot(mask)), bits)
                    : (v6 ? randomV6() : randomV4());
            boolean expected = new BigInteger(1, probe.getAddress()).and(mask).equals(base);
            assertEquals(expected, cidr.contains(probe), cidr + " contains " + IpLiterals.format(probe));
        }
    }

    private static InetAddress toAddress(BigInteger value, int bits) throws Exception {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[bits / 8];
        int copy = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
        return bytes.length == 16 ? Inet6Address.getByAddress(null, bytes, -1) : InetAddress.getByAddress(bytes);
    }

    @Test
    void ipv6FormatRoundTripsAndFollowsRfc5952() throws Exception {
        for (int i = 0; i < SAMPLES; i++) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            for (int word = 0; word < 8; word++) {
                if (random.nextInt(3) == 0) {
                    bytes[2 * word] = 0;
                    bytes[2 * word + 1] = 0;
                }
            }
            InetAddress address = Inet6Address.getByAddress(null, bytes, -1);
            String text = IpLiterals.format(address);

            Optional<InetAddress> parsed = IpLiterals.parse(text);
            assertTrue(parsed.isPresent(), text);
            assertTrue(java.util.Arrays.equals(address.getAddress(), parsed.get().getAddress())
                    || parsed.get().getAddress().length == 4, text);
            assertEquals(text.toLowerCase(java.util.Locale.ROOT), text);
            assertTrue(text.indexOf("::") == text.lastIndexOf("::"), text);
            assertTrue(!text.matches(".*(^|:)0[0-9a-f]+.*"), "leading zero in " + text);
            assertTrue(!text.contains("0:0:0") || !text.contains("::") || longestZeroRunIsCompressed(text), text);
        }
    }

    // If "::" is present, no run of explicit zero words may be longer than the run it replaced.
    private static boolean longestZeroRunIsCompressed(String text) {
        String[] halves = text.split("::", -1);
        int explicitWords = (halves[0].isEmpty() ? 0 : halves[0].split(":").length)
                + (halves[1].isEmpty() ? 0 : halves[1].split(":").length);
        int compressed = 8 - explicitWords;
        for (String half : halves) {
            int run = 0;
            for (String word : half.isEmpty() ? new String[0] : half.split(":")) {
                run = word.equals("0") ? run + 1 : 0;
                if (run >= compressed && run > 0) {
                    return run == compressed && half == halves[1];
                }
            }
        }
        return true;
    }

    @Test
    void randomTextNeverMakesLocationHandlingThrowAnythingButAStop() throws Exception {
        TargetUrl base = TargetUrl.parse(URI.create("http://news.example/a/b"));
        String alphabet = "abc/?#%:@[]{}|\\^`\"<> \t\né€\u0000..//";
        for (int i = 0; i < SAMPLES / 4; i++) {
            StringBuilder location = new StringBuilder();
            int length = random.nextInt(20);
            for (int c = 0; c < length; c++) {
                location.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                TargetUrl next = base.resolve(location.toString());
                assertTrue(next.scheme().equals("http") || next.scheme().equals("https"));
            } catch (FetchStop expected) {
                assertTrue(expected.reason() instanceof Enum<?>);
            }
        }
    }
}
