package claimwatch.extract.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import claimwatch.extract.claim.ClaimExtractor;
import claimwatch.extract.claim.StructuredClaimExtractor;

/**
 * Measures the extractor against the hand-written gold set (src/test/resources/gold) and fails below the floors.
 * Raise a floor whenever the extractor improves, so it cannot slip back.
 */
class GoldSetTest {

    private static final Map<String, Double> F1_FLOORS = floors();
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Test
    void extractorMeetsTheFloorsOnTheGoldSet() throws IOException {
        List<GoldArticle> articles = GoldArticle.loadAll("");
        assertTrue(articles.size() >= 30, "the gold set has " + articles.size() + " articles");
        GoldScorer scorer = score(articles, "gold-report.txt", "Gold set");
        F1_FLOORS.forEach((facet, floor) -> {
            double f1 = scorer.scores().get(facet).f1();
            assertTrue(f1 >= floor, facet + " F1 " + String.format("%.3f", f1) + " fell below its floor " + floor);
        });
    }

    /**
     * The held-out articles were written and annotated after the rules, by someone who never saw the extractor or
     * the main set's scores: the honest estimate of how it does on new text. Floors just under the figures of
     * 2026-11-23 (0.920, 1.000, 1.000, 0.662, 0.950); attribution is still below the 0.7 on held-out text.
     */
    @Test
    void extractorHoldsItsFiguresOnTheHeldOutArticles() throws IOException {
        List<GoldArticle> articles = GoldArticle.loadAll("holdout");
        assertTrue(articles.size() >= 6, "the held-out set has " + articles.size() + " articles");
        GoldScorer scorer = score(articles, "holdout-report.txt", "Held-out set");
        Map<String, Double> floors = Map.of("quantities", 0.90, "money", 0.98, "dates", 0.98, "attribution", 0.65, "modality", 0.93);
        floors.forEach((facet, floor) -> {
            double f1 = scorer.scores().get(facet).f1();
            assertTrue(f1 >= floor, "held out: " + facet + " F1 " + String.format("%.3f", f1) + " fell below " + floor);
        });
    }

    private static GoldScorer score(List<GoldArticle> articles, String reportFile, String title) throws IOException {
        ClaimExtractor extractor = StructuredClaimExtractor.standard();
        GoldScorer scorer = new GoldScorer();
        for (GoldArticle article : articles) {
            List<JsonNode> claims = extractor.extract("0".repeat(32), article.text(), article.publishedAt()).stream()
                    .map(claim -> (JsonNode) JSON.valueToTree(claim)).toList();
            scorer.score(article, claims);
        }
        String report = title + ": " + articles.size() + " articles, extractor " + extractor.name() + " v" + extractor.version() + "\n"
                + scorer.report();
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", reportFile), report);
        return scorer;
    }

    private static Map<String, Double> floors() {
        Map<String, Double> floors = new LinkedHashMap<>();
        // Just under the figures reached on 2026-11-23 (0.995, 0.996, 0.992, 0.755, 0.977, 0.418); the starting
        // floors were 0.8 for quantities, money and dates and 0.7 for attribution.
        floors.put("quantities", 0.98);
        floors.put("money", 0.98);
        floors.put("dates", 0.97);
        floors.put("attribution", 0.74);
        floors.put("modality", 0.96);
        floors.put("slots", 0.40);
        return floors;
    }
}
