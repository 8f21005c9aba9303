package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The line rules against corpora: furniture lines from many sites and languages (resources clean/lines/furniture.tsv)
 * must each be recognised by the rule named next to them, while news sentences that use the same words
 * (clean/lines/prose.txt) and every paragraph of every gold text must be recognised by none.
 */
class FurnitureCorpusTest {

    private static final Path LINES = Samples.ownPages().get(0).resolveSibling("lines");
    private static final Map<String, LineRule> RULES = Map.ofEntries(
            Map.entry("CaptionLine", new CaptionLine()), Map.entry("LanguageSwitcherLine", new LanguageSwitcherLine()),
            Map.entry("UiStringLine", new UiStringLine()), Map.entry("ShareLine", new ShareLine()),
            Map.entry("AdvertisementLine", new AdvertisementLine()), Map.entry("BylineLine", new BylineLine()),
            Map.entry("DatelineLine", new DatelineLine()), Map.entry("NewsletterLine", new NewsletterLine()),
            Map.entry("CookieLine", new CookieLine()), Map.entry("CopyrightLine", new CopyrightLine()),
            Map.entry("CreditsLine", new CreditsLine()), Map.entry("TagsLine", new TagsLine()),
            Map.entry("DisclaimerLine", new DisclaimerLine()), Map.entry("NavigationLine", new NavigationLine()),
            Map.entry("ReadMoreLine", new ReadMoreLine()));

    @Test
    void everyFurnitureLineIsRecognisedByItsRule() {
        List<String> missed = new ArrayList<>();
        int lines = 0;
        for (String row : dataLines(LINES.resolve("furniture.tsv"))) {
            String[] columns = row.split("\t", 2);
            LineRule rule = RULES.get(columns[0]);
            assertTrue(rule != null, "unknown rule " + columns[0]);
            if (!rule.matches(columns[1]) || !BoilerplateFilter.isFurniture(columns[1])) {
                missed.add(row);
            }
            lines++;
        }
        assertEquals(List.of(), missed);
        assertTrue(lines > 300, "the corpus should hold some hundreds of lines, has " + lines);
    }

    @Test
    void everyRuleHasCorpusLines() {
        List<String> named = dataLines(LINES.resolve("furniture.tsv")).stream().map(row -> row.split("\t", 2)[0]).distinct().toList();
        assertTrue(named.containsAll(RULES.keySet()), "rules without examples: " + RULES.keySet().stream().filter(rule -> !named.contains(rule)).toList());
    }

    @Test
    void newsSentencesWithTheSameWordsAreNotFurniture() {
        List<String> flagged = dataLines(LINES.resolve("prose.txt")).stream()
                .filter(line -> BoilerplateFilter.ruleFor(line).isPresent())
                .map(line -> BoilerplateFilter.ruleFor(line).orElseThrow() + ": " + line)
                .toList();
        assertEquals(List.of(), flagged);
    }

    @Test
    void noGoldParagraphIsFurniture() {
        List<String> flagged = new ArrayList<>();
        for (Path page : Stream.concat(Samples.articlePages().stream(), Samples.ownPages().stream()).toList()) {
            for (String paragraph : Samples.read(Samples.goldFor(page)).split("\n\n")) {
                BoilerplateFilter.ruleFor(paragraph.strip()).ifPresent(rule -> flagged.add(page.getFileName() + " " + rule + ": " + paragraph));
            }
        }
        assertEquals(List.of(), flagged);
    }

    @Test
    void everyLineTheHandCleaningRemovedFromThePastedSamplesIsJudgedFurnitureOrDropped() {
        TextCleaner cleaner = new TextCleaner();
        for (Path file : Samples.pastedTexts()) {
            String pasted = Samples.read(file);
            List<String> kept = List.of(cleaner.clean(pasted).split("\n\n"));
            long furniture = pasted.lines().map(String::strip).filter(line -> !line.isEmpty() && !kept.contains(TextShape.collapseSpaces(line)))
                    .filter(BoilerplateFilter::isFurniture)
                    .count();
            assertTrue(furniture >= 5, file + ": expected the rules themselves to recognise most dropped lines, got " + furniture);
        }
    }

    private static List<String> dataLines(Path file) {
        return Samples.read(file).lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}
