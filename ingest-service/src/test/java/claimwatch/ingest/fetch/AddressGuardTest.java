package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    private final AddressGuard strict = AddressGuard.of(List.of());

    private static InetAddress ip(String literal) {
        return FakeDns.literal(literal);
    }

    /** An IPv6 address kept as IPv6, as a resolver may hand it over, even when the JDK would turn it into IPv4. */
    static InetAddress v6(String literal) throws Exception {
        byte[] bytes = new byte[16];
        byte[] parsed = ip(literal).getAddress();
        if (parsed.length == 4) {
            bytes[10] = (byte) 0xff;
            bytes[11] = (byte) 0xff;
            System.arraycopy(parsed, 0, bytes, 12, 4);
        } else {
            bytes = parsed;
        }
        return Inet6Address.getByAddress(null, bytes, -1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "0.0.0.0, is unspecified",
        "0.1.2.3, is reserved",
        "10.0.0.1, is private",
        "10.255.255.255, is private",
        "100.64.0.1, is carrier-grade NAT",
        "100.127.255.254, is carrier-grade NAT",
        "127.0.0.1, is loopback",
        "127.255.0.9, is loopback",
        "169.254.169.254, is link-local",
        "172.16.0.1, is private",
        "172.31.255.255, is private",
        "192.0.0.8, is IETF protocol assignment",
        "192.0.2.10, is documentation",
        "192.88.99.1, is reserved",
        "192.168.1.1, is private",
        "198.18.0.1, is benchmarking",
        "198.19.255.255, is benchmarking",
        "198.51.100.7, is documentation",
        "203.0.113.9, is documentation",
        "224.0.0.251, is multicast",
        "239.255.255.250, is multicast",
        "240.0.0.1, is reserved",
        "255.255.255.255, is broadcast",
        "::, is unspecified",
        "::1, is loopback",
        "fe80::1, is link-local",
        "febf:ffff::1, is link-local",
        "fc00::1, is unique-local",
        "fd12:3456::1, is unique-local",
        "fec0::1, is site-local",
        "ff02::1, is multicast",
        "ff0e::101, is multicast",
        "2001:db8::1, is documentation",
        "3fff::1, is documentation",
        "2001::1, is Teredo",
        "2001:2::1, is benchmarking",
        "100::1, is discard-only",
        "64:ff9b:1::1, is local-use NAT64",
        "4000::1, is reserved",
        "::ffff:10.0.0.1, is private",
        "64:ff9b::10.0.0.1, 'embeds 10.0.0.1, which is private'",
        "64:ff9b::169.254.169.254, 'embeds 169.254.169.254, which is link-local'",
        "64:ff9b::127.0.0.1, 'embeds 127.0.0.1, which is loopback'",
        "2002:a00:1::1, 'embeds 10.0.0.1, which is private'",
        "2002:7f00:1::, 'embeds 127.0.0.1, which is loopback'",
        "::10.0.0.1, 'embeds 10.0.0.1, which is private'"})
    void specialAddressesAreRefusedWithTheirName(String address, String refusal) {
        assertEquals(Optional.of(refusal), strict.refusal(ip(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:10.0.0.1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:0.0.0.0",
        "::ffff:224.0.0.1", "::ffff:100.64.0.1"})
    void ipv4MappedIpv6KeptAsIpv6IsJudgedByItsIpv4(String literal) throws Exception {
        InetAddress mapped = v6(literal);
        InetAddress inner = ip(literal.substring("::ffff:".length()));

        String expected = "embeds " + inner.getHostAddress() + ", which is " + SpecialRanges.label(inner).orElseThrow();
        assertEquals(Optional.of(expected), strict.refusal(mapped));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1",
        "192.169.0.1", "11.0.0.1", "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4001::200e",
        "64:ff9b::8.8.8.8", "2002:808:808::1"})
    void publicAddressesPass(String address) {
        assertEquals(Optional.empty(), strict.refusal(ip(address)));
    }

    @Test
    void publicIpv4MappedPasses() throws Exception {
        assertEquals(Optional.empty(), strict.refusal(v6("::ffff:8.8.8.8")));
    }

    @Test
    void allowListLetsItsNetworkThroughAndNothingElse() {
        AddressGuard guard = AddressGuard.of(List.of("127.0.0.0/8", "10.1.0.0/16"));

        assertEquals(Optional.empty(), guard.refusal(ip("127.0.0.1")));
        assertEquals(Optional.empty(), guard.refusal(ip("127.0.0.2")));
        assertEquals(Optional.empty(), guard.refusal(ip("10.1.2.3")));
        assertEquals(Optional.of("is private"), guard.refusal(ip("10.2.0.1")));
        assertEquals(Optional.of("is loopback"), guard.refusal(ip("::1")));
        assertEquals(Optional.of("is link-local"), guard.refusal(ip("169.254.169.254")));
    }

    @Test
    void allowListedIpv4CoversItsMappedFormButNotNat64() throws Exception {
        AddressGuard guard = AddressGuard.of(List.of("127.0.0.0/8"));

        assertEquals(Optional.empty(), guard.refusal(v6("::ffff:127.0.0.1")));
        // NAT64 sends 127.0.0.1 to the translator's own loopback, not ours: the allow-list does not cover it.
        assertEquals(Optional.of("embeds 127.0.0.1, which is loopback"), guard.refusal(ip("64:ff9b::127.0.0.1")));
    }

    @Test
    void checkRefusesWhenAnyAddressIsForbiddenAndNamesTheHost() {
        AddressRefusedException error = assertThrows(AddressRefusedException.class,
                () -> strict.check("intranet.example", List.of(ip("93.184.216.34"), ip("10.0.0.5"))));

        assertEquals("address 10.0.0.5 of intranet.example is private", error.getMessage());
    }

    @Test
    void checkPassesWhenAllAddressesArePublic() throws Exception {
        strict.check("example.com", List.of(ip("93.184.216.34"), ip("2606:2800:220:1::1")));
    }

    @Test
    void detailOmitsTheHostWhenTheHostIsTheAddress() {
        assertEquals("address 10.0.0.1 is private", AddressGuard.detail("10.0.0.1", ip("10.0.0.1"), "is private"));
        assertEquals("address ::1 is loopback", AddressGuard.detail("[::1]", ip("::1"), "is loopback"));
        assertEquals("address ::1 of localhost is loopback", AddressGuard.detail("localhost", ip("::1"), "is loopback"));
    }

    @Test
    void everyNamedRangeHasAWordOperatorsCanRead() {
        for (String address : List.of("0.0.0.0", "10.0.0.1", "fe80::1", "ff02::1")) {
            String label = SpecialRanges.label(ip(address)).orElseThrow();
            assertTrue(label.matches("[A-Za-z0-9 -]+"), label);
        }
    }
}
