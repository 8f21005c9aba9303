package claimwatch.extract.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a case file from the test resources: blocks of "text: ..." followed by "expect N: ..." lines, one block per
 * short article, blocks separated by blank lines, "#" lines ignored.
 */
public final class CaseFile {

    /** One short article and the expected description of some of its sentences. */
    public record Case(String text, Map<Integer, String> expected) {
    }

    private CaseFile() {
    }

    public static List<Case> read(String resource) {
        List<Case> cases = new ArrayList<>();
        String text = null;
        Map<Integer, String> expected = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("text: ")) {
                if (text != null) {
                    cases.add(new Case(text, expected));
                }
                text = line.substring("text: ".length());
                expected = new LinkedHashMap<>();
            } else if (line.startsWith("expect ")) {
                int colon = line.indexOf(':');
                expected.put(Integer.parseInt(line.substring("expect ".length(), colon)),
                        line.substring(colon + 1).strip());
            }
        }
        if (text != null) {
            cases.add(new Case(text, expected));
        }
        return cases;
    }

    public static List<String> lines(String resource) {
        try (InputStream in = CaseFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
