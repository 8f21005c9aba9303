import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts every sample listed in a manifest to the ingest API, then waits until the read API serves each
 * article with its claims. JDK only: it needs nothing but a running system.
 *
 * <p>Usage: {@code java LoadSamples.java MANIFEST INGEST_URL API_URL TIMEOUT_SECONDS}; exit code 0 when every
 * sample was accepted and every article reached the API.
 */
public class LoadSamples {

    private static final List<String> METADATA = List.of("url", "outlet", "title", "author", "publishedAt");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String apiUrl;
    private int rejected;

    LoadSamples(String ingestUrl, String apiUrl) {
        this.ingestUrl = ingestUrl;
        this.apiUrl = apiUrl;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LoadSamples MANIFEST INGEST_URL API_URL TIMEOUT_SECONDS");
            System.exit(2);
        }
        Path manifest = Path.of(args[0]);
        List<?> samples = (List<?>) Json.parse(Files.readString(manifest));
        LoadSamples loader = new LoadSamples(args[1], args[2]);
        try {
            Map<String, String> posted = loader.postAll(samples, manifest.toAbsolutePath().getParent());
            Map<String, Integer> claims = loader.awaitClaims(posted, Duration.ofSeconds(Long.parseLong(args[3])));
            int status = loader.report(posted, claims);
            loader.showStories();
            System.exit(status);
        } catch (IOException e) {
            System.err.println("cannot reach the services: " + e);
            System.exit(1);
        }
    }

    /** Returns article id to sample file, for the samples the ingest API accepted. */
    Map<String, String> postAll(List<?> samples, Path base) throws IOException, InterruptedException {
        Map<String, String> posted = new LinkedHashMap<>();
        for (Object item : samples) {
            Map<?, ?> sample = (Map<?, ?>) item;
            String file = (String) sample.get("file");
            String content;
            try {
                content = Files.readString(base.resolve(file));
            } catch (IOException e) {
                reject(file, "cannot read " + base.resolve(file) + ": " + e);
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("html".equals(sample.get("format")) ? "html" : "text", content);
            for (String key : METADATA) {
                if (sample.get(key) != null) {
                    body.put(key, sample.get(key));
                }
            }
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(ingestUrl + "/articles"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                posted.put(String.valueOf(((Map<?, ?>) Json.parse(response.body())).get("id")), file);
            } else {
                reject(file, "HTTP " + response.statusCode() + " " + abbreviate(response.body()));
            }
        }
        System.out.println("posted " + (samples.size() - rejected) + " of " + samples.size() + " samples to "
                + ingestUrl + "/articles");
        return posted;
    }

    private void reject(String file, String why) {
        rejected++;
        System.err.println("  rejected " + file + ": " + why);
    }

    /** Polls each article until it has claims or the time is up; returns the claim count per article found. */
    Map<String, Integer> awaitClaims(Map<String, String> posted, Duration timeout)
            throws IOException, InterruptedException {
        Map<String, Integer> found = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>(posted.keySet());
        Instant deadline = Instant.now().plus(timeout);
        Instant nextProgress = Instant.now().plusSeconds(5);
        while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
            for (String id : List.copyOf(pending)) {
                Integer claims = fetchClaimCount(id);
                if (claims != null) {
                    found.put(id, claims);
                    if (claims > 0) {
                        pending.remove(id);
                    }
                }
            }
            if (!pending.isEmpty() && Instant.now().isAfter(nextProgress)) {
                System.out.println("  waiting: " + (posted.size() - pending.size()) + "/" + posted.size()
                        + " articles have claims");
                nextProgress = Instant.now().plusSeconds(5);
            }
            if (!pending.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        return found;
    }

    private Integer fetchClaimCount(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(apiUrl + "/api/articles/" + id)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return null;
        }
        Object claims = ((Map<?, ?>) Json.parse(response.body())).get("claims");
        return claims instanceof List<?> list ? list.size() : 0;
    }

    private int report(Map<String, String> posted, Map<String, Integer> claims) {
        int total = claims.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("in the API: " + claims.size() + " of " + posted.size() + " posted articles, " + total + " claims");
        posted.forEach((id, file) -> {
            if (!claims.containsKey(id)) {
                System.err.println("  missing from the API: " + id + " (" + file + ")");
            } else if (claims.get(id) == 0) {
                System.err.println("  no claims extracted: " + id + " (" + file + ")");
            }
        });
        return rejected == 0 && !posted.isEmpty() && claims.size() == posted.size() ? 0 : 1;
    }

    /** What the read model made of the coverage: the stories, and the conflicts and agreed facts of the largest. */
    void showStories() throws IOException, InterruptedException {
        Map<?, ?> stories = getJson("/api/stories?limit=10");
        if (stories == null) {
            return;
        }
        List<?> items = (List<?>) stories.get("items");
        System.out.println();
        System.out.println("Stories (" + items.size() + "):");
        Map<?, ?> largest = null;
        for (Object item : items) {
            Map<?, ?> story = (Map<?, ?>) item;
            System.out.printf("  %s  %s articles, %s outlets, %s facts, %s conflicts  %s%n", story.get("id"), story.get("articleCount"),
                    story.get("outletCount"), story.get("factCount"), story.get("conflictCount"), story.get("title"));
            if (largest == null || number(story.get("articleCount")) > number(largest.get("articleCount"))) {
                largest = story;
            }
        }
        if (largest == null) {
            return;
        }
        String id = (String) largest.get("id");
        Map<?, ?> conflicts = getJson("/api/stories/" + id + "/conflicts?limit=10");
        System.out.println();
        System.out.println("Where outlets disagree in \"" + largest.get("title") + "\":");
        for (Object item : conflicts == null ? List.of() : (List<?>) conflicts.get("items")) {
            Map<?, ?> conflict = (Map<?, ?>) item;
            List<String> sides = new ArrayList<>();
            for (Object side : (List<?>) conflict.get("values")) {
                Map<?, ?> value = (Map<?, ?>) side;
                sides.add(((Map<?, ?>) value.get("value")).get("display") + " " + value.get("outlets"));
            }
            System.out.println("  " + conflict.get("label") + ": " + String.join("  vs  ", sides));
        }
        Map<?, ?> facts = getJson("/api/stories/" + id + "/facts?status=corroborated&limit=8");
        System.out.println();
        System.out.println("Facts several outlets agree on:");
        for (Object item : facts == null ? List.of() : (List<?>) facts.get("items")) {
            Map<?, ?> fact = (Map<?, ?>) item;
            Map<?, ?> first = (Map<?, ?>) fact.get("firstReportedBy");
            System.out.println("  " + fact.get("statement") + "  (" + fact.get("outletCount") + " outlets, first: "
                    + (first == null ? "?" : first.get("outlet")) + ")");
        }
        System.out.println();
        System.out.println("  Story   " + apiUrl + "/api/stories/" + id);
        System.out.println("  Facts   " + apiUrl + "/api/stories/" + id + "/facts");
        System.out.println("  Conflicts " + apiUrl + "/api/stories/" + id + "/conflicts");
    }

    private Map<?, ?> getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(apiUrl + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println("  " + path + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()));
            return null;
        }
        return (Map<?, ?>) Json.parse(response.body());
    }

    private static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : 0;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** Just enough JSON for the manifest and the two APIs: objects, arrays, strings, numbers, literals. */
    static final class Json {
        private final String text;
        private int pos;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.skipSpace();
            if (json.pos != text.length()) {
                throw json.error("trailing characters");
            }
            return value;
        }

        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof String s) {
                return quote(s);
            }
            if (value instanceof Map<?, ?> map) {
                List<String> fields = new ArrayList<>();
                map.forEach((k, v) -> fields.add(quote((String) k) + ":" + write(v)));
                return "{" + String.join(",", fields) + "}";
            }
            if (value instanceof List<?> list) {
                return "[" + String.join(",", list.stream().map(Json::write).toList()) + "]";
            }
            return value.toString();
        }

        private static String quote(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.append('"').toString();
        }

        private Object value() {
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                return array();
            }
            if (c == '"') {
                return string();
            }
            for (String literal : List.of("true", "false", "null")) {
                if (text.startsWith(literal, pos)) {
                    pos += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw error("unexpected '" + c + "'");
            }
            return new BigDecimal(text.substring(start, pos));
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            if (peek() == '}') {
                pos++;
                return map;
            }
            do {
                skipSpace();
                String key = string();
                expect(':');
                map.put(key, value());
            } while (next() == ',');
            return closing('}', map);
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            pos++;
            if (peek() == ']') {
                pos++;
                return list;
            }
            do {
                list.add(value());
            } while (next() == ',');
            return closing(']', list);
        }

        private String string() {
            if (text.charAt(pos) != '"') {
                throw error("expected a string");
            }
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
            throw error("unterminated string");
        }

        private <T> T closing(char expected, T value) {
            pos--;
            expect(expected);
            return value;
        }

        private void expect(char expected) {
            if (next() != expected) {
                pos--;
                throw error("expected '" + expected + "'");
            }
        }

        private char next() {
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            return text.charAt(pos++);
        }

        private char peek() {
            skipSpace();
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException("JSON: " + message + " at offset " + pos);
        }
    }
}
