package claimwatch.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The schema.org objects in a page's JSON-LD scripts, flattened out of arrays and {@code @graph} lists. A script that
 * is not JSON even to a lenient reader is skipped: the page's other metadata still counts.
 */
final class JsonLd {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report", "SocialMediaPosting", "TechArticle", "ScholarlyArticle");
    private static final Set<String> SITE_TYPES = Set.of("WebSite", "NewsMediaOrganization", "Organization");

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document document) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                flatten(LENIENT.readTree(script.data()), objects);
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common; it is skipped like a missing script.
            }
        }
        return new JsonLd(objects);
    }

    private static void flatten(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> flatten(element, into));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                into.add(node);
            }
            flatten(node.get("@graph"), into);
        }
    }

    Optional<JsonNode> article() {
        return objects.stream().filter(node -> isType(node, ARTICLE_TYPES)).findFirst();
    }

    Optional<String> headline() {
        return article().flatMap(article -> text(article, "headline").or(() -> text(article, "name")));
    }

    Optional<String> datePublished() {
        return article().flatMap(article -> text(article, "datePublished").or(() -> text(article, "dateCreated")));
    }

    List<String> authorNames() {
        List<String> names = new ArrayList<>();
        article().map(article -> article.get("author")).ifPresent(author -> collectNames(author, names));
        return names;
    }

    /** The article's publisher (following an {@code @id} reference), else the page's WebSite or news organisation. */
    Optional<String> siteName() {
        Optional<String> publisher = article().map(article -> resolve(article.get("publisher"))).flatMap(node -> text(node, "name"));
        return publisher.or(() -> objects.stream().filter(node -> isType(node, SITE_TYPES)).findFirst().flatMap(node -> text(node, "name")));
    }

    Optional<String> url() {
        return article().flatMap(article -> {
            JsonNode page = article.get("mainEntityOfPage");
            Optional<String> fromPage = page == null ? Optional.empty() : page.isTextual() ? Optional.of(page.asText()) : text(page, "@id");
            return fromPage.or(() -> text(article, "url"));
        }).filter(url -> url.startsWith("http"));
    }

    private void collectNames(JsonNode author, List<String> names) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            author.forEach(each -> collectNames(each, names));
        } else if (author.isTextual() && !author.asText().isBlank() && !author.asText().startsWith("http")) {
            names.add(author.asText().strip());
        } else if (author.isObject()) {
            text(resolve(author), "name").ifPresent(names::add);
        }
    }

    private JsonNode resolve(JsonNode node) {
        if (node == null || !node.isObject() || node.has("name") || !node.has("@id")) {
            return node;
        }
        String id = node.get("@id").asText();
        return objects.stream().filter(other -> other.has("@id") && other.get("@id").asText().equals(id)).findFirst().orElse(node);
    }

    private static boolean isType(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (types.contains(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(type.asText());
    }

    private static Optional<String> text(JsonNode node, String field) {
        if (node == null || !node.has(field) || !node.get(field).isValueNode()) {
            return Optional.empty();
        }
        String value = node.get(field).asText().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
