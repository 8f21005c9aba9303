package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.ingest.clean.ArticleCleaner;
import claimwatch.ingest.clean.Samples;

/**
 * Metadata of every file in samples/manifest.json against the manifest: title, outlet, publication time (the instant
 * where the page states a time, the calendar date where only the text states a date) and, for information, author and
 * language. Prints a table of hits and misses.
 */
class SampleMetadataTest {

    // "Published 3 months ago" on page 09 is resolved against this fetch time, chosen for the test: 2024-03-14.
    private static final Instant FETCHED = Instant.parse("2024-06-14T10:00:00Z");
    private static final OffsetDateTime PAGE_09_EXPECTED = OffsetDateTime.of(2024, 3, 14, 0, 0, 0, 0, ZoneOffset.UTC);

    private final MetadataExtractor extractor = new MetadataExtractor(LanguageDetector.load());
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void everySampleGivesTheManifestMetadata() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Samples.read(Samples.root().resolve("manifest.json")));
        List<String> misses = new ArrayList<>();
        int[] hits = new int[5];
        int[] expected = new int[5];
        System.out.println();
        System.out.println("Metadata against samples/manifest.json (fetched at " + FETCHED + ")");
        System.out.printf(Locale.ROOT, "%-48s %-5s %-6s %-6s %-6s %-4s %-26s %s%n", "file", "title", "outlet", "date", "author", "lang", "publishedAt", "source");
        for (JsonNode entry : manifest) {
            Path file = Samples.root().resolve(entry.get("file").asText());
            String content = Samples.read(file);
            boolean html = entry.get("format").asText().equals("html");
            PageMetadata metadata = html
                    ? extractor.fromHtml(content, entry.get("url").asText(), cleaner.clean(content, entry.get("url").asText()).text(), FETCHED)
                    : extractor.fromText(content, FETCHED);
            String title = check(metadata.title(), entry.get("title").asText(), 0, hits, expected);
            // Pasted text carries no outlet; the intake gets it from the submission.
            String outlet = html ? check(metadata.outlet(), entry.get("outlet").asText(), 1, hits, expected) : "n/a";
            String date = checkDate(metadata, entry, hits, expected);
            String author = check(metadata.author(), entry.get("author").asText(), 3, hits, expected);
            String language = check(metadata.language(), entry.get("language").asText(), 4, hits, expected);
            System.out.printf(Locale.ROOT, "%-48s %-5s %-6s %-6s %-6s %-4s %-26s %s%n", shorten(file), title, outlet, date, author, language,
                    metadata.publishedAt().map(Object::toString).orElse("-"), metadata.publishedAtSource().orElse("-"));
            for (String[] field : new String[][] {{"title", title}, {"outlet", outlet}, {"date", date}}) {
                if (field[1].equals("MISS")) {
                    misses.add(file.getFileName() + " " + field[0]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "hits: title %d/%d, outlet %d/%d, date %d/%d, author %d/%d, language %d/%d%n",
                hits[0], expected[0], hits[1], expected[1], hits[2], expected[2], hits[3], expected[3], hits[4], expected[4]);
        assertEquals(List.of(), misses);
    }

    private static String check(Optional<String> found, String wanted, int index, int[] hits, int[] expected) {
        expected[index]++;
        if (found.isPresent() && found.get().equals(wanted)) {
            hits[index]++;
            return "ok";
        }
        return "MISS";
    }

    /** The instant when the page states one; the calendar date when only the text does; the resolved date for page 09. */
    private static String checkDate(PageMetadata metadata, JsonNode entry, int[] hits, int[] expected) {
        expected[2]++;
        Optional<OffsetDateTime> found = metadata.publishedAt();
        boolean hit;
        if (entry.get("publishedAt").isNull()) {
            hit = found.equals(Optional.of(PAGE_09_EXPECTED)) && metadata.publishedAtSource().equals(Optional.of("relative"));
        } else {
            OffsetDateTime wanted = OffsetDateTime.parse(entry.get("publishedAt").asText());
            boolean fromText = metadata.publishedAtSource().filter(source -> source.equals("text")).isPresent();
            hit = found.isPresent() && (fromText
                    ? found.get().toLocalDate().equals(wanted.toLocalDate())
                    : found.get().toInstant().equals(wanted.toInstant()));
        }
        if (hit) {
            hits[2]++;
        }
        return hit ? "ok" : "MISS";
    }

    private static String shorten(Path file) {
        String name = file.getParent().getFileName() + "/" + file.getFileName();
        return name.length() <= 48 ? name : name.substring(0, 45) + "...";
    }
}
