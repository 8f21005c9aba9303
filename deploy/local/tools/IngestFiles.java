import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Sends every .html, .htm and .txt file under a path through {@code POST /articles/batch}, a batch at a time, and
 * prints what became of each file. JDK only.
 *
 * <p>Usage: {@code java IngestFiles.java PATH INGEST_URL}; exit code 0 when no file was refused.
 */
public class IngestFiles {

    private static final int BATCH = 100;
    private static final int MAX_FILES = 20_000;
    private static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: IngestFiles PATH INGEST_URL");
            System.exit(2);
        }
        List<Path> files = articleFiles(Path.of(args[0]));
        if (files.isEmpty()) {
            System.err.println("no .html, .htm or .txt files under " + args[0]);
            System.exit(1);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int[] totals = new int[3];
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            send(http, args[1], batch, totals);
            System.out.println("  " + Math.min(files.size(), from + BATCH) + " of " + files.size() + " files sent");
        }
        System.out.println("accepted " + totals[0] + ", duplicates " + totals[1] + ", refused " + totals[2] + " of " + files.size() + " files");
        System.exit(totals[2] == 0 ? 0 : 1);
    }

    private static List<Path> articleFiles(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            System.err.println("no such file or directory: " + root);
            System.exit(2);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(html?|txt)"))
                    .sorted()
                    .limit(MAX_FILES)
                    .toList();
        }
    }

    private static void send(HttpClient http, String ingestUrl, List<Path> files, int[] totals) throws IOException, InterruptedException {
        List<Object> articles = new ArrayList<>();
        List<Path> sent = new ArrayList<>();
        for (Path file : files) {
            if (Files.size(file) > MAX_FILE_BYTES) {
                System.err.println("  skipped " + file + ": larger than 5 MiB");
                totals[2]++;
                continue;
            }
            Map<String, Object> article = new LinkedHashMap<>();
            String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            article.put(file.toString().toLowerCase(Locale.ROOT).endsWith(".txt") ? "text" : "html", content);
            articles.add(article);
            sent.add(file);
        }
        if (articles.isEmpty()) {
            return;
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/articles/batch"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(LoadSamples.Json.write(Map.of("articles", articles))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            System.err.println("  batch refused: HTTP " + response.statusCode() + " " + response.body());
            totals[2] += sent.size();
            return;
        }
        List<?> items = (List<?>) ((Map<?, ?>) LoadSamples.Json.parse(response.body())).get("items");
        for (Object entry : items) {
            Map<?, ?> item = (Map<?, ?>) entry;
            Path file = sent.get(((Number) item.get("index")).intValue());
            String status = String.valueOf(item.get("status"));
            switch (status) {
                case "accepted" -> totals[0]++;
                case "duplicate" -> totals[1]++;
                default -> {
                    totals[2]++;
                    System.err.println("  refused " + file + ": " + item.get("errors"));
                }
            }
        }
    }
}
