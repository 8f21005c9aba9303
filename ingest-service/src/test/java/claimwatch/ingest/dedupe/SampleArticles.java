package claimwatch.ingest.dedupe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The team's cleaned sample texts ({@code samples/articles/*.txt} and {@code samples/pasted/*.txt}), by number. */
record SampleArticles(String number, String story, String text) {

    static final Path SAMPLES = Path.of("..", "samples");
    private static final Set<String> UNRELATED = Set.of("07", "12", "15");

    static List<SampleArticles> all() {
        List<SampleArticles> articles = new ArrayList<>();
        for (String folder : List.of("articles", "pasted")) {
            try (Stream<Path> files = Files.list(SAMPLES.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String number = file.getFileName().toString().substring(0, 2);
                    articles.add(new SampleArticles(number, UNRELATED.contains(number) ? "unrelated" : "main", Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return articles;
    }

    static String text(String number) {
        return all().stream().filter(a -> a.number().equals(number)).findFirst().orElseThrow().text();
    }

    boolean isSyndicatedPairWith(SampleArticles other) {
        return Set.of(number, other.number).equals(Set.of("03", "06"));
    }
}
