package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherAddressTest {

    private final FakeDns dns = new FakeDns();
    private final List<InetSocketAddress> connects = new CopyOnWriteArrayList<>();
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start().page("/news", "text/html", "<p>news</p>");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchOutcome fetch(FetchSettings settings, URI url) {
        try (PageFetcher fetcher = new PageFetcher(settings, dns, Clock.systemUTC(), connects::add)) {
            return fetcher.fetch(FetchRequest.of(url));
        }
    }

    private FetchOutcome fetchStrict(URI url) {
        return fetch(Settings.loopback().allow().build(), url);
    }

    private void assertNoConnection() {
        assertEquals(List.of(), connects);
        assertEquals(0, server.count("/robots.txt"));
        assertEquals(0, server.count("/news"));
    }

    @Test
    void loopbackLiteralIsRefusedWithoutAllowListAndNeverConnected() {
        Refused refused = Outcomes.refused(fetchStrict(server.url("/news")), RefusalReason.ADDRESS);

        assertEquals("address 127.0.0.1 is loopback", refused.detail());
        assertNoConnection();
        assertEquals(List.of(), dns.asked());
    }

    @Test
    void allowListLetsLoopbackThrough() {
        Fetched page = Outcomes.fetched(fetch(Settings.loopback().allow("127.0.0.0/8").build(),
                server.url("/news")));

        assertEquals("<p>news</p>", page.text());
        assertTrue(connects.stream().allMatch(address -> address.getAddress().isLoopbackAddress()));
    }

    @Test
    void narrowAllowListDoesNotCoverOtherLoopbackAddresses() {
        Refused refused = Outcomes.refused(fetch(Settings.loopback().allow("127.0.0.2/32").build(),
                server.url("/news")), RefusalReason.ADDRESS);

        assertEquals("address 127.0.0.1 is loopback", refused.detail());
        assertNoConnection();
    }

    @Test
    void hostNameResolvingToPrivateAddressIsRefused() {
        dns.map("intranet.example", "10.0.0.5");

        Refused refused = Outcomes.refused(fetchStrict(URI.create("http://intranet.example/news")), RefusalReason.ADDRESS);

        assertEquals("address 10.0.0.5 of intranet.example is private", refused.detail());
        assertEquals(List.of(), connects);
    }

    @Test
    void hostNameResolvingToMappedLoopbackIsRefusedInBothJavaForms() throws Exception {
        dns.mapTo("mapped.example", InetAddress.getByName("::ffff:127.0.0.1"));
        dns.mapTo("mapped6.example", AddressGuardTest.v6("::ffff:127.0.0.1"));

        Refused converted = Outcomes.refused(fetchStrict(server.url("mapped.example", "/news")), RefusalReason.ADDRESS);
        Refused kept = Outcomes.refused(fetchStrict(server.url("mapped6.example", "/news")), RefusalReason.ADDRESS);

        assertEquals("address 127.0.0.1 of mapped.example is loopback", converted.detail());
        assertEquals("address ::ffff:127.0.0.1 of mapped6.example embeds 127.0.0.1, which is loopback", kept.detail());
        assertNoConnection();
    }

    @Test
    void mappedLoopbackWithAllowListReachesTheServer() throws Exception {
        dns.mapTo("mapped6.example", AddressGuardTest.v6("::ffff:127.0.0.1"));

        Fetched page = Outcomes.fetched(fetch(Settings.loopback().allow("127.0.0.0/8").build(), server.url("mapped6.example", "/news")));

        assertEquals("<p>news</p>", page.text());
    }

    @Test
    void unspecifiedAddressIsRefusedAsNameAndAsLiteral() {
        dns.map("zero.example", "::");

        Refused byName = Outcomes.refused(fetchStrict(server.url("zero.example", "/news")), RefusalReason.ADDRESS);
        Refused v6Literal = Outcomes.refused(fetchStrict(URI.create("http://[::]:" + server.port() + "/news")),
                RefusalReason.ADDRESS);
        Refused v4Literal = Outcomes.refused(fetchStrict(URI.create("http://0.0.0.0:" + server.port() + "/news")),
                RefusalReason.ADDRESS);

        assertEquals("address :: of zero.example is unspecified", byName.detail());
        assertEquals("address :: is unspecified", v6Literal.detail());
        assertEquals("address 0.0.0.0 is unspecified", v4Literal.detail());
        assertNoConnection();
    }

    @Test
    void multicastIsRefused() {
        dns.map("group.example", "224.0.0.251");
        dns.map("group6.example", "ff02::fb");

        assertEquals("address 224.0.0.251 of group.example is multicast",
                Outcomes.refused(fetchStrict(URI.create("http://group.example/")), RefusalReason.ADDRESS).detail());
        assertEquals("address ff02::fb of group6.example is multicast",
                Outcomes.refused(fetchStrict(URI.create("http://group6.example/")), RefusalReason.ADDRESS).detail());
        assertEquals(List.of(), connects);
    }

    @Test
    void oneForbiddenAnswerAmongPublicOnesRefusesEvenWhenAllowedOnesComeFirst() {
        dns.map("mixed.example", "127.0.0.1", "192.168.0.10");

        Refused refused = Outcomes.refused(fetch(Settings.loopback().allow("127.0.0.0/8").build(),
                server.url("mixed.example", "/news")), RefusalReason.ADDRESS);

        assertEquals("address 192.168.0.10 of mixed.example is private", refused.detail());
        assertNoConnection();
    }

    @Test
    void metadataAndPrivateLiteralsAreRefusedWithoutResolverOrConnection() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://10.0.0.1/", "https://[fd00::1]/",
                "http://[::ffff:192.168.1.1]/", "http://100.64.0.1/")) {
            Outcomes.refused(fetchStrict(URI.create(url)), RefusalReason.ADDRESS);
        }
        assertEquals(List.of(), dns.asked());
        assertEquals(List.of(), connects);
    }

    @Test
    void namedAllowListedHostIsFetchedWithItsNameInTheHostHeader() {
        dns.map("local.test", "127.0.0.1");

        Fetched page = Outcomes.fetched(fetch(Settings.loopback().build(), server.url("local.test", "/news")));

        assertEquals(server.url("local.test", "/news"), page.finalUrl());
        assertEquals("local.test:" + server.port(), server.last("/news").headers().getFirst("Host"));
        assertTrue(dns.asked().contains("local.test"));
    }

    @Test
    void ipv6LoopbackServerIsReachableOnlyWhenAllowListed() throws Exception {
        try (TestServer v6 = TestServer.startOn("::1").page("/six", "text/plain", "six")) {
            Fetched page = Outcomes.fetched(fetch(Settings.loopback().allow("::1/128").build(), v6.url("/six")));
            assertEquals("six", page.text());

            Refused refused = Outcomes.refused(fetch(Settings.loopback().allow("127.0.0.0/8").build(), v6.url("/six")),
                    RefusalReason.ADDRESS);
            assertEquals("address ::1 is loopback", refused.detail());
            assertEquals(1, v6.count("/six"));
        }
    }

    @Test
    void secondLoopbackAddressWorksWithTheLoopbackNetworkAllowed() throws Exception {
        try (TestServer second = TestServer.startOn("127.0.0.2").page("/two", "text/plain", "two")) {
            Fetched page = Outcomes.fetched(fetch(Settings.loopback().build(), second.url("/two")));
            assertEquals("two", page.text());
        }
    }

    @Test
    void unknownHostIsADnsFailure() {
        Failed failed = Outcomes.failed(fetchStrict(URI.create("http://nowhere.example/x")), FailureReason.DNS);

        assertEquals("host nowhere.example not found", failed.detail());
        assertEquals(0, failed.status());
        assertEquals(List.of(), connects);
    }

    @Test
    void resolverExceptionOtherThanUnknownHostIsStillADnsFailure() {
        HostResolver broken = host -> {
            throw new UnknownHostException("SERVFAIL");
        };
        try (PageFetcher fetcher = new PageFetcher(Settings.loopback().build(), broken, Clock.systemUTC())) {
            Outcomes.failed(fetcher.fetch(FetchRequest.of(URI.create("http://broken.example/"))), FailureReason.DNS);
        }
    }
}
