package claimwatch.ingest.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reduces the many URLs of one article to one: scheme and host lower case, no default port, user info or fragment,
 * no {@code www.}, {@code m.}, {@code mobile.} or {@code amp.} host prefix, normalised percent-encoding, no dot
 * segments or empty segments, no trailing slash except the root, no tracking parameters ({@link TrackingParameters}),
 * the remaining parameters sorted, and AMP variants and AMP cache URLs collapsed to the article. The scheme is kept:
 * http and https stay different. Thread-safe.
 */
public final class UrlCanonicalizer {

    private static final List<String> HOST_PREFIXES = List.of("www.", "m.", "mobile.", "amp.");
    private static final int MAX_PREFIXES_STRIPPED = 3;

    /** The canonical form, or empty when the input is not an absolute http(s) URL with a valid host. */
    public Optional<String> canonicalize(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String unwrapped = AmpUrls.unwrapCache(url).orElse(url);
        return UrlParts.parse(unwrapped).map(parts -> parts
                .withHost(withoutPrefixes(parts))
                .withPath(path(parts.path()))
                .withQuery(query(parts.query()))
                .format());
    }

    private static String withoutPrefixes(UrlParts parts) {
        if (parts.isIpLiteral()) {
            return parts.host();
        }
        String host = parts.host();
        for (int round = 0; round < MAX_PREFIXES_STRIPPED; round++) {
            String before = host;
            for (String prefix : HOST_PREFIXES) {
                // keep at least a registrable-looking "name.tld" after stripping
                if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                    host = host.substring(prefix.length());
                }
            }
            if (host.equals(before)) {
                break;
            }
        }
        return host;
    }

    private static String path(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || AmpUrls.isAmpSegment(segment)) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
                continue;
            }
            segments.add(segment);
        }
        if (!segments.isEmpty()) {
            int last = segments.size() - 1;
            segments.set(last, AmpUrls.withoutAmpSuffix(segments.get(last)));
        }
        return "/" + String.join("/", segments);
    }

    private static String query(String query) {
        List<String[]> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : parameter.substring(equals + 1);
            if (!name.isEmpty() && !TrackingParameters.isTracking(name) && !AmpUrls.isAmpParameter(name, value)) {
                kept.add(new String[] {name, parameter});
            }
        }
        kept.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        return String.join("&", kept.stream().map(p -> p[1]).toList());
    }
}
