package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class CidrTest {

    private static InetAddress ip(String literal) {
        return FakeDns.literal(literal);
    }

    @Test
    void containsExactlyItsRangeBoundaries() {
        Cidr cidr = Cidr.parse("172.16.0.0/12");

        assertTrue(cidr.contains(ip("172.16.0.0")));
        assertTrue(cidr.contains(ip("172.31.255.255")));
        assertFalse(cidr.contains(ip("172.15.255.255")));
        assertFalse(cidr.contains(ip("172.32.0.0")));
    }

    @Test
    void slash32AndSlash128AreSingleAddresses() {
        assertTrue(Cidr.parse("10.0.0.5/32").contains(ip("10.0.0.5")));
        assertFalse(Cidr.parse("10.0.0.5/32").contains(ip("10.0.0.6")));
        assertTrue(Cidr.parse("::1/128").contains(ip("::1")));
        assertFalse(Cidr.parse("::1/128").contains(ip("::2")));
    }

    @Test
    void slashZeroContainsItsWholeFamilyOnly() {
        assertTrue(Cidr.parse("0.0.0.0/0").contains(ip("8.8.8.8")));
        assertFalse(Cidr.parse("0.0.0.0/0").contains(ip("2001:4860::8888")));
        assertTrue(Cidr.parse("::/0").contains(ip("2001:4860::8888")));
        assertFalse(Cidr.parse("::/0").contains(ip("8.8.8.8")));
    }

    @Test
    void prefixThatIsNotAByteBoundary() {
        Cidr cidr = Cidr.parse("100.64.0.0/10");

        assertTrue(cidr.contains(ip("100.127.255.255")));
        assertFalse(cidr.contains(ip("100.128.0.0")));
        assertFalse(cidr.contains(ip("100.63.255.255")));
    }

    @Test
    void mappedNetworkStaysAnIpv6NetworkAndMatchesOnlyIpv6Forms() throws Exception {
        Cidr cidr = Cidr.parse("::ffff:127.0.0.0/104");
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;

        assertTrue(cidr.contains(Inet6Address.getByAddress(null, mapped, -1)));
        assertFalse(cidr.contains(ip("127.0.0.1")));
    }

    @Test
    void equalityIgnoresSpelling() {
        assertEquals(Cidr.parse("fd00::/8"), Cidr.parse("fd00:0::/8"));
        assertEquals(Cidr.parse("fd00::/8").hashCode(), Cidr.parse("FD00::/8").hashCode());
        assertNotEquals(Cidr.parse("fd00::/8"), Cidr.parse("fd00::/9"));
        assertEquals("10.0.0.0/8", Cidr.parse(" 10.0.0.0/8 ").toString());
    }
}
