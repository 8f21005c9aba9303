package claimwatch.ingest.fetch;

import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * One http(s) URL ready to request: lower-case ASCII host (IDN converted, IP literal recognised), explicit port, raw
 * path and query, fragment dropped.
 */
record TargetUrl(URI uri, String scheme, String host, int port, Optional<InetAddress> literal, String requestTarget) {

    static TargetUrl parse(URI uri) throws FetchStop {
        if (!uri.isAbsolute()) {
            throw malformed(uri, "not absolute");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchStop.refused(RefusalReason.SCHEME, "scheme " + scheme + " is not http or https");
        }
        String authority = uri.getRawAuthority();
        if (uri.isOpaque() || authority == null || authority.isEmpty()) {
            throw malformed(uri, "no host");
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
        String rawHost = colon < 0 ? hostPort : hostPort.substring(0, colon);
        int defaultPort = scheme.equals("https") ? 443 : 80;
        int port = colon < 0 || colon == hostPort.length() - 1 ? defaultPort : port(uri, hostPort.substring(colon + 1));
        Optional<InetAddress> literal = IpLiterals.parse(rawHost);
        String host = literal.isEmpty() ? hostName(uri, rawHost)
                : literal.get() instanceof Inet6Address ? "[" + IpLiterals.format(literal.get()) + "]"
                : rawHost.toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        URI normalized = URI.create(scheme + "://" + host + (port == defaultPort ? "" : ":" + port) + target);
        return new TargetUrl(normalized, scheme, host, port, literal, target);
    }

    private static int port(URI uri, String text) throws FetchStop {
        if (text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw malformed(uri, "bad port");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw malformed(uri, "bad port");
        }
        return port;
    }

    private static String hostName(URI uri, String rawHost) throws FetchStop {
        try {
            String decoded = URLDecoder.decode(rawHost.replace("+", "%2B"), StandardCharsets.UTF_8);
            String ascii = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (ascii.isEmpty() || ascii.length() > 253 || !ascii.chars().allMatch(TargetUrl::isHostChar)
                    || ascii.startsWith(".") || ascii.contains("..")) {
                throw malformed(uri, "bad host");
            }
            return ascii;
        } catch (IllegalArgumentException e) {
            throw malformed(uri, "bad host");
        }
    }

    // Underscores are not legal in DNS host names but are common in real subdomains, so they are accepted.
    private static boolean isHostChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
    }

    private static FetchStop malformed(URI uri, String why) {
        return FetchStop.failed(FailureReason.MALFORMED, "invalid URL " + uri + ": " + why);
    }

    /** The host, with ":port" when the port is not the scheme's default; how details name a site. */
    String site() {
        int defaultPort = scheme.equals("https") ? 443 : 80;
        return port == defaultPort ? host : host + ":" + port;
    }

    /** Scheme, host and port: the unit robots.txt applies to. */
    String origin() {
        return scheme + "://" + host + ":" + port;
    }

    String path() {
        int query = requestTarget.indexOf('?');
        return query < 0 ? requestTarget : requestTarget.substring(0, query);
    }

    URI robotsUri() {
        return URI.create(scheme + "://" + site() + "/robots.txt");
    }

    /** Resolves a Location header against this URL, tolerating the unencoded spaces and UTF-8 servers send. */
    TargetUrl resolve(String location) throws FetchStop {
        URI reference;
        try {
            reference = new URI(Locations.encode(location.strip()));
        } catch (URISyntaxException e) {
            throw FetchStop.failed(FailureReason.MALFORMED, "invalid Location header '" + location + "'");
        }
        String text = reference.toString();
        if (text.startsWith("?")) {
            return parse(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path() + text));
        }
        return parse(uri.resolve(reference));
    }
}
