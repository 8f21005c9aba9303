package claimwatch.ingest.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the page fetcher behaves: identity, time limits, size limit, politeness, and which otherwise forbidden networks
 * (CIDR strings such as "127.0.0.0/8") it may reach. Invalid values, including a malformed CIDR, fail construction.
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, Duration totalTimeout,
        int maxRedirects, long maxBodyBytes, Duration perHostDelay, Duration robotsCacheTtl, List<String> allowCidrs) {

    /** Above this a body no longer fits in one byte array. */
    static final long MAX_BODY_LIMIT = Integer.MAX_VALUE - 8;

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c >= 0x7f)) {
            throw new IllegalArgumentException("userAgent must be non-blank printable ASCII");
        }
        positive(connectTimeout, "connectTimeout");
        positive(readTimeout, "readTimeout");
        positive(totalTimeout, "totalTimeout");
        notNegative(perHostDelay, "perHostDelay");
        notNegative(robotsCacheTtl, "robotsCacheTtl");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0");
        }
        if (maxBodyBytes <= 0 || maxBodyBytes > MAX_BODY_LIMIT) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + MAX_BODY_LIMIT);
        }
        allowCidrs = List.copyOf(Objects.requireNonNull(allowCidrs, "allowCidrs"));
        allowCidrs.forEach(Cidr::parse);
    }

    public static FetchSettings defaults() {
        return new FetchSettings("claimwatch/0.1 (+https://claimwatch.example/bot)", Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 5L * 1024 * 1024, Duration.ofSeconds(1),
                Duration.ofHours(1), List.of());
    }

    /** The robots.txt product token: the User-Agent up to its first '/' or space, lower-cased. */
    public String robotName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return token.replaceAll("[^a-z0-9_-]", "");
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void notNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
