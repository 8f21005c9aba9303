package claimwatch.ingest.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's meta tags by lower-cased property, name or itemprop; the first tag with content wins. */
final class MetaTags {

    private final Map<String, String> values;

    private MetaTags(Map<String, String> values) {
        this.values = values;
    }

    static MetaTags of(Document document) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : document.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {meta.attr("property"), meta.attr("name"), meta.attr("itemprop"), meta.attr("http-equiv")}) {
                if (!key.isBlank()) {
                    values.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return new MetaTags(values);
    }

    /** The first of the given keys that the page sets. */
    Optional<String> first(String... keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
