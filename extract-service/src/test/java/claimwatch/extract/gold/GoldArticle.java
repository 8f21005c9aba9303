package claimwatch.extract.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One hand-annotated article of the gold set: its text, publication time and the expected facets per sentence. */
record GoldArticle(String name, String text, OffsetDateTime publishedAt, List<GoldSentence> sentences) {

    /** An annotated sentence, located in the article text. */
    record GoldSentence(String text, int start, int end, JsonNode facets) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The main gold set, or with {@code "holdout"} the articles written after the rules by someone who never saw them. */
    static List<GoldArticle> loadAll(String subfolder) {
        Path root = repositoryRoot();
        Path folder = root.resolve("extract-service/src/test/resources/gold").resolve(subfolder);
        try (Stream<Path> files = Files.list(folder)) {
            List<GoldArticle> articles = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                articles.add(load(root, file));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldArticle load(Path root, Path file) throws IOException {
        JsonNode gold = JSON.readTree(file.toFile());
        String text = Files.readString(root.resolve(gold.get("source").asText()));
        JsonNode published = gold.get("publishedAt");
        List<GoldSentence> sentences = new ArrayList<>();
        int searchFrom = 0;
        for (JsonNode sentence : gold.get("sentences")) {
            String sentenceText = sentence.get("text").asText();
            int start = text.indexOf(sentenceText, searchFrom);
            if (start < 0) {
                start = text.indexOf(sentenceText);
            }
            if (start < 0) {
                throw new IllegalStateException(file.getFileName() + ": sentence not in its source: " + sentenceText);
            }
            searchFrom = start + sentenceText.length();
            sentences.add(new GoldSentence(sentenceText, start, start + sentenceText.length(), sentence));
        }
        return new GoldArticle(file.getFileName().toString(), text,
                published == null || published.isNull() ? null : OffsetDateTime.parse(published.asText()), sentences);
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("extract-service"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
    }
}
