package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GuardedDnsResolverTest {

    private final FakeDns dns = new FakeDns();
    private final GuardedDnsResolver resolver = new GuardedDnsResolver(dns, AddressGuard.of(List.of("127.0.0.0/8")));

    @Test
    void returnsCheckedAddressesAfterOneLookup() throws Exception {
        dns.map("news.example", "93.184.216.34", "2606:2800:220:1::1");

        InetAddress[] addresses = resolver.resolve("news.example");

        assertArrayEquals(new InetAddress[] {FakeDns.literal("93.184.216.34"), FakeDns.literal("2606:2800:220:1::1")},
                addresses);
        assertEquals(List.of("news.example"), dns.asked());
    }

    @Test
    void privateAnswerIsRefusedWithTheHostName() {
        dns.map("intranet.example", "10.0.0.5");

        AddressRefusedException error = assertThrows(AddressRefusedException.class,
                () -> resolver.resolve("intranet.example"));

        assertEquals("address 10.0.0.5 of intranet.example is private", error.getMessage());
    }

    @Test
    void oneForbiddenAddressAmongPublicOnesRefusesTheWholeName() {
        dns.map("rebind.example", "93.184.216.34", "169.254.169.254");

        AddressRefusedException error = assertThrows(AddressRefusedException.class,
                () -> resolver.resolve("rebind.example"));

        assertEquals("address 169.254.169.254 of rebind.example is link-local", error.getMessage());
    }

    @Test
    void allowListedAnswerPasses() throws Exception {
        dns.map("local.test", "127.0.0.1");

        assertArrayEquals(new InetAddress[] {FakeDns.literal("127.0.0.1")}, resolver.resolve("local.test"));
    }

    @Test
    void literalsNeverReachTheResolver() throws Exception {
        assertArrayEquals(new InetAddress[] {FakeDns.literal("127.0.0.1")}, resolver.resolve("127.0.0.1"));
        assertThrows(AddressRefusedException.class, () -> resolver.resolve("[fe80::1]"));
        assertThrows(AddressRefusedException.class, () -> resolver.resolve("10.0.0.1"));
        assertEquals(List.of(), dns.asked());
    }

    @Test
    void unknownAndEmptyAnswersAreUnknownHosts() {
        UnknownHostException unknown = assertThrows(UnknownHostException.class, () -> resolver.resolve("nowhere.example"));
        assertEquals(UnknownHostException.class, unknown.getClass());

        dns.mapTo("empty.example");
        assertThrows(UnknownHostException.class, () -> resolver.resolve("empty.example"));
    }

    @Test
    void nullAnswersAreUnknownHosts() {
        GuardedDnsResolver nullResolver = new GuardedDnsResolver(host -> null, AddressGuard.of(List.of()));
        assertThrows(UnknownHostException.class, () -> nullResolver.resolve("null.example"));

        List<InetAddress> withNull = new ArrayList<>();
        withNull.add(null);
        GuardedDnsResolver holeyResolver = new GuardedDnsResolver(host -> withNull, AddressGuard.of(List.of()));
        assertThrows(UnknownHostException.class, () -> holeyResolver.resolve("holey.example"));
    }

    @Test
    void canonicalNameIsNeverLookedUp() {
        assertEquals("news.example", resolver.resolveCanonicalHostname("news.example"));
        assertEquals(List.of(), dns.asked());
    }
}
