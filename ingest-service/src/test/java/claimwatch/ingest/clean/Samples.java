package claimwatch.ingest.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The team's sample pages (../samples from the module) and this package's own test pages, for tests and the benchmark. */
public final class Samples {

    private Samples() {
    }

    public static Path root() {
        for (Path candidate : List.of(Path.of("../samples"), Path.of("samples"))) {
            if (Files.isDirectory(candidate.resolve("articles"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("samples/ not found from " + Path.of("").toAbsolutePath());
    }

    /** samples/articles/*.html, in file order. */
    public static List<Path> articlePages() {
        return htmlIn(root().resolve("articles"));
    }

    /** The extra pages in other site styles under src/test/resources/clean, each with a .txt twin. */
    public static List<Path> ownPages() {
        for (Path candidate : List.of(Path.of("src/test/resources/clean"), Path.of("ingest-service/src/test/resources/clean"))) {
            if (Files.isDirectory(candidate)) {
                return htmlIn(candidate);
            }
        }
        throw new IllegalStateException("src/test/resources/clean not found from " + Path.of("").toAbsolutePath());
    }

    public static List<Path> pastedTexts() {
        try (Stream<Path> files = Files.list(root().resolve("pasted"))) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hand-cleaned twin of a page: same name, .txt. */
    public static Path goldFor(Path page) {
        return page.resolveSibling(page.getFileName().toString().replaceFirst("\\.html$", ".txt"));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> htmlIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
