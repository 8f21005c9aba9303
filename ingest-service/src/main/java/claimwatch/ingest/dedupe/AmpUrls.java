package claimwatch.ingest.dedupe;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the AMP (Accelerated Mobile Pages) forms of an article URL so they collapse to the article: cache and
 * viewer URLs that wrap the publisher's URL, and the publisher's own AMP markers in host, path and query.
 */
final class AmpUrls {

    // AMP caches (Google cdn.ampproject.org, Bing bing-amp.com): /c/ page, /v/ viewer, /i/ image, /r/ resource,
    // /wp/ web package; the s/ segment means the origin is https.
    private static final Pattern CACHE_HOST = Pattern.compile("(?i)^[a-z0-9-]+\\.(cdn\\.ampproject\\.org|bing-amp\\.com)$");
    private static final Pattern CACHE_PATH = Pattern.compile("^/(?:c|v|i|r|wp)/(s/)?([^/?#]+)([^?#]*)");
    private static final Pattern GOOGLE_HOST = Pattern.compile("(?i)^(www\\.)?google\\.[a-z]{2,3}(\\.[a-z]{2})?$");
    private static final Pattern GOOGLE_VIEWER_PATH = Pattern.compile("^/amp/(s/)?([^/?#]+)([^?#]*)");
    private static final Pattern ABSOLUTE_PREFIX = Pattern.compile("(?i)^https?://([^/?#]*)([^?#]*)(?:\\?([^#]*))?");
    private static final Set<String> VIEWER_PARAMETERS = Set.of("amp", "_amp", "amp_js_v", "amp_gsa", "amp_tf", "usqp", "aoh");

    private AmpUrls() {
    }

    /** The publisher URL wrapped in an AMP cache or Google AMP viewer URL, or empty when the URL is not one. */
    static Optional<String> unwrapCache(String url) {
        Matcher absolute = ABSOLUTE_PREFIX.matcher(url.strip());
        if (!absolute.find()) {
            return Optional.empty();
        }
        String host = absolute.group(1);
        Matcher path;
        if (CACHE_HOST.matcher(host).matches()) {
            path = CACHE_PATH.matcher(absolute.group(2));
        } else if (GOOGLE_HOST.matcher(host).matches()) {
            path = GOOGLE_VIEWER_PATH.matcher(absolute.group(2));
        } else {
            return Optional.empty();
        }
        if (!path.matches()) {
            return Optional.empty();
        }
        String scheme = path.group(1) == null ? "http" : "https";
        String query = absolute.group(3) == null ? "" : "?" + absolute.group(3);
        return Optional.of(scheme + "://" + path.group(2) + path.group(3) + query);
    }

    static boolean isAmpSegment(String segment) {
        return segment.equalsIgnoreCase("amp");
    }

    /** {@code story.amp.html} becomes {@code story.html}, {@code story.amp} becomes {@code story}. */
    static String withoutAmpSuffix(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".amp.html")) {
            return segment.substring(0, segment.length() - ".amp.html".length()) + ".html";
        }
        if (lower.endsWith(".amp") && segment.length() > ".amp".length()) {
            return segment.substring(0, segment.length() - ".amp".length());
        }
        return segment;
    }

    static boolean isAmpParameter(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        return VIEWER_PARAMETERS.contains(lower) || (lower.equals("outputtype") && value.equalsIgnoreCase("amp"));
    }
}
