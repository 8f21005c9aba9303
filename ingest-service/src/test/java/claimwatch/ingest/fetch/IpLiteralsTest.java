package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

    @Test
    void dottedQuadIsIpv4() {
        InetAddress address = IpLiterals.parse("10.0.0.5").orElseThrow();

        assertInstanceOf(Inet4Address.class, address);
        assertEquals("10.0.0.5", address.getHostAddress());
    }

    @Test
    void bracketedAndBareIpv6() {
        assertEquals(IpLiterals.parse("::1").orElseThrow(), IpLiterals.parse("[::1]").orElseThrow());
        assertInstanceOf(Inet6Address.class, IpLiterals.parse("[fe80::1]").orElseThrow());
    }

    // Ambiguous spellings are not literals here; the name path resolves them and guards the resulting addresses.
    @ParameterizedTest
    @ValueSource(strings = {"127.1", "2130706433", "0x7f.0.0.1", "0177.0.0.1", "010.0.0.1", "1.2.3.4.5", "1.2.3",
        "256.1.1.1", "1.2.3.-4", "example.com", "localhost", "", "[]", "[::1", "::1]", "fe80::1%eth0", "::g",
        "1.2.3.4 ", "١.٢.٣.٤"})
    void ambiguousOrNonLiteralTextIsNotALiteral(String text) {
        assertTrue(IpLiterals.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({
        "::, ::",
        "::1, ::1",
        "2001:db8:0:0:0:0:0:1, 2001:db8::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
        "fe80:0:0:0:0:0:0:0, fe80::",
        "1:0:2:3:4:5:6:7, 1:0:2:3:4:5:6:7",
        "64:ff9b::10.0.0.1, 64:ff9b::a00:1",
        "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8"})
    void ipv6IsFormattedPerRfc5952(String input, String expected) {
        assertEquals(expected, IpLiterals.format(IpLiterals.parse(input).orElseThrow()));
    }

    @Test
    void mappedIpv6KeepsItsDottedTail() throws Exception {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        bytes[12] = 10;
        bytes[15] = 1;

        assertEquals("::ffff:10.0.0.1", IpLiterals.format(Inet6Address.getByAddress(null, bytes, -1)));
    }

    @Test
    void ipv4FormatsAsDottedQuad() {
        assertEquals("169.254.169.254", IpLiterals.format(IpLiterals.parse("169.254.169.254").orElseThrow()));
    }
}
