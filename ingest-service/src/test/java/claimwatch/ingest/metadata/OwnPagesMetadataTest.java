package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import claimwatch.ingest.clean.ArticleCleaner;
import claimwatch.ingest.clean.Samples;

/** Metadata of the extra pages in other site styles and languages: the title is the gold headline; language, outlet and date as the pages state them. */
class OwnPagesMetadataTest {

    private static final Instant FETCHED = Instant.parse("2024-06-14T10:00:00Z");

    private record Expected(String language, Optional<String> outlet, Optional<LocalDate> date) {
    }

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("de-regional-zeitung.html", new Expected("de", Optional.of("Kreisbote Ostmarsch"), Optional.of(LocalDate.of(2024, 4, 2)))),
            Map.entry("fr-quotidien.html", new Expected("fr", Optional.of("La Gazette du Littoral"), Optional.of(LocalDate.of(2024, 2, 20)))),
            Map.entry("us-wire-story.html", new Expected("en", Optional.of("Great Lakes Post"), Optional.empty())),
            Map.entry("old-table-layout.html", new Expected("en", Optional.of("The Harbor Crier"), Optional.of(LocalDate.of(2019, 9, 5)))),
            Map.entry("holdout-es-portal.html", new Expected("es", Optional.of("Diario del Sur"), Optional.of(LocalDate.of(2024, 5, 7)))),
            Map.entry("holdout-magazine-longread.html", new Expected("en", Optional.of("Coastline Quarterly"), Optional.of(LocalDate.of(2023, 11, 2)))),
            Map.entry("holdout2-div-br-body.html", new Expected("it", Optional.of("Gazzetta del Porto"), Optional.empty())),
            Map.entry("holdout2-logo-h1.html", new Expected("en", Optional.of("North Isles Times"), Optional.empty())),
            Map.entry("holdout2-long-comments.html", new Expected("en", Optional.of("Bayside Echo"), Optional.of(LocalDate.of(2024, 5, 2)))),
            Map.entry("holdout2-paywall.html", new Expected("en", Optional.of("The Industrial Ledger"), Optional.of(LocalDate.of(2024, 2, 1)))),
            Map.entry("holdout2-related-cards.html", new Expected("en", Optional.of("Coastal Daily"), Optional.of(LocalDate.of(2024, 4, 4)))),
            Map.entry("holdout3-de-nachrichten.html", new Expected("de", Optional.of("Weser-Rundschau"), Optional.of(LocalDate.of(2024, 5, 21)))),
            Map.entry("holdout3-fr-actualite.html", new Expected("fr", Optional.of("Ouest Littoral"), Optional.of(LocalDate.of(2024, 4, 18)))),
            Map.entry("holdout3-es-diario.html", new Expected("es", Optional.of("La Voz del Sur"), Optional.of(LocalDate.of(2024, 6, 3)))),
            Map.entry("holdout3-content-list.html", new Expected("en", Optional.of("Isles Gazette"), Optional.of(LocalDate.of(2024, 4, 30)))),
            Map.entry("holdout3-two-h1-graph.html", new Expected("en", Optional.of("South Coast News"), Optional.of(LocalDate.of(2024, 8, 11)))));

    private final MetadataExtractor extractor = new MetadataExtractor(LanguageDetector.load());
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void everyOwnPageGivesItsHeadlineLanguageOutletAndDate() {
        assertEquals(EXPECTED.keySet(), Samples.ownPages().stream().map(page -> page.getFileName().toString()).collect(Collectors.toSet()));
        for (Path page : Samples.ownPages()) {
            String html = Samples.read(page);
            Expected expected = EXPECTED.get(page.getFileName().toString());
            PageMetadata metadata = extractor.fromHtml(html, null, cleaner.clean(html, null).text(), FETCHED);
            String goldHeadline = Samples.read(Samples.goldFor(page)).lines().findFirst().orElseThrow();
            assertEquals(Optional.of(goldHeadline), metadata.title(), page + " title");
            assertEquals(Optional.of(expected.language()), metadata.language(), page + " language");
            assertEquals(expected.outlet(), metadata.outlet(), page + " outlet");
            assertEquals(expected.date(), metadata.publishedAt().map(at -> at.toLocalDate()), page + " date");
        }
    }
}
