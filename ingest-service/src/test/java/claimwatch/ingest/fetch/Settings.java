package claimwatch.ingest.fetch;

import java.time.Duration;
import java.util.List;

/** Builds FetchSettings for tests: loopback allowed, no politeness gap, short timeouts, unless changed. */
final class Settings {

    private String userAgent = "claimwatch-test/1.0 (+https://claimwatch.example/bot)";
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration readTimeout = Duration.ofSeconds(5);
    private Duration totalTimeout = Duration.ofSeconds(10);
    private int maxRedirects = 5;
    private long maxBodyBytes = 5L * 1024 * 1024;
    private Duration perHostDelay = Duration.ZERO;
    private Duration robotsCacheTtl = Duration.ofHours(1);
    private List<String> allowCidrs = List.of("127.0.0.0/8", "::1/128");

    static Settings loopback() {
        return new Settings();
    }

    Settings userAgent(String value) {
        userAgent = value;
        return this;
    }

    Settings connectTimeout(Duration value) {
        connectTimeout = value;
        return this;
    }

    Settings readTimeout(Duration value) {
        readTimeout = value;
        return this;
    }

    Settings totalTimeout(Duration value) {
        totalTimeout = value;
        return this;
    }

    Settings maxRedirects(int value) {
        maxRedirects = value;
        return this;
    }

    Settings maxBodyBytes(long value) {
        maxBodyBytes = value;
        return this;
    }

    Settings perHostDelay(Duration value) {
        perHostDelay = value;
        return this;
    }

    Settings robotsCacheTtl(Duration value) {
        robotsCacheTtl = value;
        return this;
    }

    Settings allow(String... cidrs) {
        allowCidrs = List.of(cidrs);
        return this;
    }

    FetchSettings build() {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, totalTimeout, maxRedirects, maxBodyBytes,
                perHostDelay, robotsCacheTtl, allowCidrs);
    }
}
