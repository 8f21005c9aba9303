package claimwatch.ingest.feed;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an entry's link against the feed URL and keeps it only when the result is an absolute http(s) URL with a
 * host. Characters that {@link URI} refuses but real feeds contain (spaces, non-ASCII, {@code |}) are percent-encoded
 * first; the result is otherwise left as the feed wrote it, canonicalisation is the caller's business.
 */
final class EntryUrls {

    private static final String UNSAFE = " \"<>\\^`{|}";
    private static final Pattern AUTHORITY = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:)?(//(?:[^/?#@]*@)?)([^/?#:]*)(.*)$", Pattern.DOTALL);

    private final URI base;

    private EntryUrls(URI base) {
        this.base = base;
    }

    static Optional<EntryUrls> against(String feedUrl) {
        if (feedUrl == null) {
            return Optional.empty();
        }
        return parse(feedUrl.strip()).filter(EntryUrls::isHttp).map(uri -> new EntryUrls(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri));
    }

    Optional<String> resolve(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            return parse(link.strip()).map(this::resolveAgainstBase).filter(EntryUrls::isHttp).map(URI::toString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** RFC 3986 resolution; {@link URI#resolve} follows RFC 2396 and drops the last path segment for "?query". */
    private URI resolveAgainstBase(URI reference) {
        if (reference.getScheme() == null && reference.getRawAuthority() == null && reference.getRawPath().isEmpty() && reference.getRawQuery() != null) {
            String baseText = base.toString();
            int cut = baseText.indexOf('?') >= 0 ? baseText.indexOf('?') : baseText.indexOf('#') >= 0 ? baseText.indexOf('#') : baseText.length();
            return URI.create(baseText.substring(0, cut) + reference);
        }
        return base.resolve(reference);
    }

    private static Optional<URI> parse(String raw) {
        try {
            return Optional.of(new URI(encodeUnsafe(asciiHost(raw))));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
    }

    /** An internationalised host in punycode, since a percent-encoded host is no host to {@link URI}. */
    private static String asciiHost(String raw) {
        Matcher parts = AUTHORITY.matcher(raw);
        if (!parts.matches() || parts.group(3).chars().allMatch(c -> c < 0x80)) {
            return raw;
        }
        try {
            return (parts.group(1) == null ? "" : parts.group(1)) + parts.group(2) + IDN.toASCII(parts.group(3), IDN.ALLOW_UNASSIGNED) + parts.group(4);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String encodeUnsafe(String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean strayPercent = c == '%' && !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
            if (c < 0x21 || c >= 0x7f || UNSAFE.indexOf(c) >= 0 || strayPercent) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
