package claimwatch.extract.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import claimwatch.extract.sentence.Sentence;
import claimwatch.extract.sentence.SentenceSplitter;

/** The sample coverage under {@code samples/} at the repository root, split into sentences. */
public final class SampleArticles {

    private SampleArticles() {
    }

    /** The sentences of the sample whose file name starts with the prefix, e.g. "articles/03-". */
    public static List<Sentence> sentences(String prefix) {
        return new SentenceSplitter().split(text(prefix));
    }

    public static String text(String prefix) {
        Path file = file(prefix);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every plain-text sample: the hand-cleaned articles and the raw pastes. */
    public static List<String> all() {
        try (Stream<Path> articles = Files.list(root().resolve("articles"));
                Stream<Path> pasted = Files.list(root().resolve("pasted"))) {
            return Stream.concat(articles, pasted)
                    .filter(path -> path.toString().endsWith(".txt"))
                    .map(path -> root().relativize(path).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(String prefix) {
        String folder = prefix.substring(0, prefix.indexOf('/'));
        String name = prefix.substring(prefix.indexOf('/') + 1);
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.filter(path -> path.getFileName().toString().startsWith(name))
                    .filter(path -> path.toString().endsWith(".txt"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no sample " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks up from the working directory (a module under the repository root) to {@code samples/}. */
    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("samples");
            if (Files.isDirectory(candidate.resolve("articles")) && Files.exists(dir.resolve("mvnw"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
    }
}
