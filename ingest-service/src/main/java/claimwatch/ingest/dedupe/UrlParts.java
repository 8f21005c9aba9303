package claimwatch.ingest.dedupe;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An absolute http(s) URL split into the parts the canonicaliser works on: scheme and host lower-cased (host in
 * punycode, without a trailing dot), default port dropped, user info and fragment dropped, path and query with
 * normalised percent-encoding. Parsed by hand rather than with {@link java.net.URI}, which refuses the spaces and
 * raw non-ASCII characters that real links contain.
 */
record UrlParts(String scheme, String host, int port, String path, String query) {

    private static final Pattern ABSOLUTE = Pattern.compile("(?i)^(https?)://([^/?#\\\\]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?$", Pattern.DOTALL);
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9_-]*[a-z0-9])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9])?)*");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    static Optional<UrlParts> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = ABSOLUTE.matcher(url.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
        String authority = matcher.group(2);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int portStart = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']')) : authority.lastIndexOf(':');
        String host = portStart < 0 ? authority : authority.substring(0, portStart);
        Optional<Integer> port = portStart < 0 ? Optional.of(-1) : port(authority.substring(portStart + 1));
        Optional<String> asciiHost = asciiHost(host);
        if (port.isEmpty() || asciiHost.isEmpty()) {
            return Optional.empty();
        }
        int effectivePort = port.get() == defaultPort(scheme) ? -1 : port.get();
        String query = matcher.group(4) == null ? "" : PercentEncoding.normalise(matcher.group(4));
        return Optional.of(new UrlParts(scheme, asciiHost.get(), effectivePort, PercentEncoding.normalise(matcher.group(3)), query));
    }

    boolean isIpLiteral() {
        return host.startsWith("[") || IPV4.matcher(host).matches();
    }

    UrlParts withHost(String newHost) {
        return new UrlParts(scheme, newHost, port, path, query);
    }

    UrlParts withPath(String newPath) {
        return new UrlParts(scheme, host, port, newPath, query);
    }

    UrlParts withQuery(String newQuery) {
        return new UrlParts(scheme, host, port, path, newQuery);
    }

    String format() {
        return scheme + "://" + host + (port < 0 ? "" : ":" + port) + (path.isEmpty() ? "/" : path) + (query.isEmpty() ? "" : "?" + query);
    }

    private static Optional<Integer> port(String digits) {
        if (digits.isEmpty()) {
            return Optional.of(-1);
        }
        if (digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int port = Integer.parseInt(digits);
        return port <= 65535 ? Optional.of(port) : Optional.empty();
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static Optional<String> asciiHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (IPV6.matcher(lower).matches()) {
            return Optional.of(lower);
        }
        while (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        try {
            String ascii = IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return HOST_NAME.matcher(ascii).matches() ? Optional.of(ascii) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
