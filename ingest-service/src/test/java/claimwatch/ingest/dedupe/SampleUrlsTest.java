package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The sample articles' URLs, dressed up the ways aggregators and social sites pass them on, collapse to one each. */
class SampleUrlsTest {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    private static List<String> manifestUrls() throws IOException {
        List<String> urls = new ArrayList<>();
        for (JsonNode article : new ObjectMapper().readTree(SampleArticles.SAMPLES.resolve("manifest.json").toFile())) {
            urls.add(article.get("url").asText());
        }
        return urls;
    }

    private static List<String> variants(String url) {
        String https = url.replaceFirst("^https://www\\.", "https://");
        String host = https.substring("https://".length(), https.indexOf('/', "https://".length()));
        String path = https.substring(https.indexOf('/', "https://".length()));
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return List.of(
                url,
                https,
                "https://www." + host + path + "?utm_source=twitter&utm_medium=social&utm_campaign=valderra",
                "https://m." + host + path + "?fbclid=IwAR3abc#comments",
                "https://amp." + host + path,
                "https://www." + host + trimmed + "/amp/",
                "https://www." + host + path + "?amp=1&ref=homepage",
                "HTTPS://WWW." + host.toUpperCase() + ":443" + path,
                "https://www-" + host.replace(".", "-") + ".cdn.ampproject.org/c/s/www." + host + path,
                "https://www.google.com/amp/s/" + host + trimmed + ".amp",
                "https://www." + host + "/./" + path.substring(1) + "?gclid=abc&mc_eid=1&_ga=2.1");
    }

    @Test
    void everyVariantCollapsesToItsArticle() throws IOException {
        List<String> urls = manifestUrls();
        assertEquals(15, urls.size());
        for (String url : urls) {
            String canonical = canonicalizer.canonicalize(url).orElseThrow();
            for (String variant : variants(url)) {
                assertEquals(canonical, canonicalizer.canonicalize(variant).orElseThrow(), variant);
            }
        }
    }

    @Test
    void differentArticlesStayDifferent() throws IOException {
        List<String> urls = manifestUrls();
        HashSet<String> canonical = new HashSet<>();
        for (String url : urls) {
            canonical.add(canonicalizer.canonicalize(url).orElseThrow());
        }
        assertEquals(urls.size(), canonical.size());
    }
}
