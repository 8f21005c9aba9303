package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchSettingsTest {

    private static FetchSettings withCidrs(List<String> cidrs) {
        FetchSettings d = FetchSettings.defaults();
        return new FetchSettings(d.userAgent(), d.connectTimeout(), d.readTimeout(), d.totalTimeout(),
                d.maxRedirects(), d.maxBodyBytes(), d.perHostDelay(), d.robotsCacheTtl(), cidrs);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        FetchSettings settings = FetchSettings.defaults();

        assertEquals("claimwatch/0.1 (+https://claimwatch.example/bot)", settings.userAgent());
        assertEquals(Duration.ofSeconds(5), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(10), settings.readTimeout());
        assertEquals(Duration.ofSeconds(30), settings.totalTimeout());
        assertEquals(5, settings.maxRedirects());
        assertEquals(5_242_880L, settings.maxBodyBytes());
        assertEquals(Duration.ofSeconds(1), settings.perHostDelay());
        assertEquals(Duration.ofHours(1), settings.robotsCacheTtl());
        assertEquals(List.of(), settings.allowCidrs());
    }

    @Test
    void robotNameIsTheLowerCaseProductToken() {
        assertEquals("claimwatch", FetchSettings.defaults().robotName());
        assertEquals("newsbot", Settings.loopback().userAgent("NewsBot/2.0").build().robotName());
        assertEquals("plainbot", Settings.loopback().userAgent("PlainBot").build().robotName());
        assertEquals("my-bot_1", Settings.loopback().userAgent("My-Bot_1 (compatible)").build().robotName());
    }

    @Test
    void validCidrsOfBothFamiliesAreAccepted() {
        List<String> cidrs = List.of("127.0.0.0/8", "::1/128", "10.1.0.0/16", "fd00::/8", "0.0.0.0/0", "::/0",
                "192.168.1.7/32", "::ffff:127.0.0.0/104", " 172.16.0.0/12 ");

        assertEquals(cidrs, withCidrs(cidrs).allowCidrs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.0/", "/8", "127.0.0.0/33", "::/129", "127.0.0.1/8", "10.0.0.0/-1",
        "10.0.0.0/8/8", "10.0.0/8", "10.0.0.0.0/8", "010.0.0.0/8", "256.0.0.0/8", "10.0.0.0/08", "localhost/32",
        "example.com/24", "fe80::1%eth0/64", "fe80::/10x", "::g/128", "", " ", "10.0.0.0 /8", "1::2::3/128",
        "0x7f.0.0.0/8", "10.0.0.0/1000"})
    void malformedCidrIsRejectedAtConstruction(String cidr) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> withCidrs(List.of(cidr)));
        assertTrue(error.getMessage().contains("invalid CIDR"), error.getMessage());
    }

    @Test
    void badCidrIsRejectedByThePageFetcherToo() {
        assertThrows(IllegalArgumentException.class, () -> new PageFetcher(withCidrs(List.of("127.0.0.1/8"))));
    }

    @Test
    void nullCidrIsRejected() {
        List<String> cidrs = new ArrayList<>();
        cidrs.add(null);
        assertThrows(RuntimeException.class, () -> withCidrs(cidrs));
    }

    @Test
    void cidrListIsCopiedAndUnmodifiable() {
        List<String> cidrs = new ArrayList<>(List.of("127.0.0.0/8"));
        FetchSettings settings = withCidrs(cidrs);
        cidrs.add("10.0.0.0/8");

        assertEquals(List.of("127.0.0.0/8"), settings.allowCidrs());
        assertThrows(UnsupportedOperationException.class, () -> settings.allowCidrs().add("10.0.0.0/8"));
    }

    @Test
    void nonPositiveTimeoutsAndLimitsAreRejected() {
        FetchSettings d = FetchSettings.defaults();
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(d.userAgent(), Duration.ZERO,
                d.readTimeout(), d.totalTimeout(), 5, 1024, Duration.ZERO, Duration.ZERO, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(d.userAgent(), d.connectTimeout(),
                Duration.ofSeconds(-1), d.totalTimeout(), 5, 1024, Duration.ZERO, Duration.ZERO, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(d.userAgent(), d.connectTimeout(),
                d.readTimeout(), Duration.ZERO, 5, 1024, Duration.ZERO, Duration.ZERO, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(d.userAgent(), d.connectTimeout(),
                d.readTimeout(), d.totalTimeout(), -1, 1024, Duration.ZERO, Duration.ZERO, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(d.userAgent(), d.connectTimeout(),
                d.readTimeout(), d.totalTimeout(), 5, 0, Duration.ZERO, Duration.ZERO, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(d.userAgent(), d.connectTimeout(),
                d.readTimeout(), d.totalTimeout(), 5, Integer.MAX_VALUE, Duration.ZERO, Duration.ZERO, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(d.userAgent(), d.connectTimeout(),
                d.readTimeout(), d.totalTimeout(), 5, 1024, Duration.ofMillis(-1), Duration.ZERO, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(d.userAgent(), d.connectTimeout(),
                d.readTimeout(), d.totalTimeout(), 5, 1024, Duration.ZERO, Duration.ofMillis(-1), List.of()));
        assertThrows(NullPointerException.class, () -> new FetchSettings(d.userAgent(), null,
                d.readTimeout(), d.totalTimeout(), 5, 1024, Duration.ZERO, Duration.ZERO, List.of()));
    }

    @Test
    void zeroDelayZeroTtlAndZeroRedirectsAreAllowed() {
        FetchSettings d = FetchSettings.defaults();
        FetchSettings settings = new FetchSettings(d.userAgent(), d.connectTimeout(), d.readTimeout(),
                d.totalTimeout(), 0, 1, Duration.ZERO, Duration.ZERO, List.of());

        assertEquals(0, settings.maxRedirects());
        assertEquals(Duration.ZERO, settings.perHostDelay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "bot\r\nX-Injected: 1", "bot\u00e9"})
    void userAgentMustBePrintableAscii(String userAgent) {
        FetchSettings d = FetchSettings.defaults();
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(userAgent, d.connectTimeout(),
                d.readTimeout(), d.totalTimeout(), 5, 1024, Duration.ZERO, Duration.ZERO, List.of()));
    }
}
