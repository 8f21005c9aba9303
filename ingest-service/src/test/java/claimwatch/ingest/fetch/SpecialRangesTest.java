package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialRangesTest {

    private static InetAddress ip(String literal) {
        return FakeDns.literal(literal);
    }

    // The first address outside each range must not be caught by it: off-by-one in a prefix is the classic bug here.
    @ParameterizedTest
    @ValueSource(strings = {"9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0", "126.255.255.255",
        "128.0.0.0", "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0", "192.0.1.0", "192.0.3.0",
        "192.88.98.255", "192.88.100.0", "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0",
        "198.51.99.255", "198.51.101.0", "203.0.112.255", "203.0.114.0", "223.255.255.255", "1.0.0.0"})
    void justOutsideEachIpv4RangeIsPublic(String address) {
        assertEquals(Optional.empty(), SpecialRanges.label(ip(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000::1", "2001:4860:4860::8888", "2001:db9::1", "2001:db7:ffff::1", "2001:3::1",
        "2002:808:808::1", "3ffe::1", "3fff:1000::1", "2a00::1"})
    void globalIpv6IsPublic(String address) {
        assertEquals(Optional.empty(), SpecialRanges.label(ip(address)));
    }

    @ParameterizedTest
    @CsvSource({"1fff::1, reserved", "4000::1, reserved", "e000::1, reserved", "fbff::1, reserved",
        "fe7f::1, reserved", "100:0:0:1::, reserved", "64:ff9b:1:ffff::1, local-use NAT64", "2001:0:ffff::1, Teredo"})
    void ipv6OutsideGlobalUnicastIsReserved(String address, String label) {
        assertEquals(Optional.of(label), SpecialRanges.label(ip(address)));
    }

    @Test
    void embeddedIpv4IsFoundInEachCarrier() throws Exception {
        assertEquals(Optional.of(ip("10.0.0.1")), SpecialRanges.embeddedV4(AddressGuardTest.v6("::ffff:10.0.0.1")));
        assertEquals(Optional.of(ip("10.0.0.1")), SpecialRanges.embeddedV4(ip("::10.0.0.1")));
        assertEquals(Optional.of(ip("10.0.0.1")), SpecialRanges.embeddedV4(ip("64:ff9b::a00:1")));
        assertEquals(Optional.of(ip("10.0.0.1")), SpecialRanges.embeddedV4(ip("2002:a00:1:1234::5")));
        assertEquals(Optional.empty(), SpecialRanges.embeddedV4(ip("2001:db8::a00:1")));
        assertEquals(Optional.empty(), SpecialRanges.embeddedV4(ip("10.0.0.1")));
    }

    @Test
    void onlyMappedAndCompatibleFormsReachTheEmbeddedAddressLocally() throws Exception {
        assertTrue(SpecialRanges.reachesEmbeddedDirectly(AddressGuardTest.v6("::ffff:127.0.0.1")));
        assertTrue(SpecialRanges.reachesEmbeddedDirectly(ip("::127.0.0.1")));
        assertFalse(SpecialRanges.reachesEmbeddedDirectly(ip("64:ff9b::7f00:1")));
        assertFalse(SpecialRanges.reachesEmbeddedDirectly(ip("2002:7f00:1::")));
        assertFalse(SpecialRanges.reachesEmbeddedDirectly(ip("127.0.0.1")));
    }

    @Test
    void nat64AndSixToFourOfPublicAddressesAreNotSpecialThemselves() {
        assertEquals(Optional.empty(), SpecialRanges.label(ip("64:ff9b::808:808")));
        assertEquals(Optional.empty(), SpecialRanges.label(ip("2002:808:808::")));
    }
}
