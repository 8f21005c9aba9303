package claimwatch.extract.gold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores extracted claims against the gold set, facet by facet. A predicted claim belongs to the gold sentence it
 * overlaps most; whatever it finds in a sentence the gold set does not list is a false positive.
 */
final class GoldScorer {

    static final List<String> FACETS = List.of("quantities", "money", "dates", "attribution", "modality", "slots");

    private final Map<String, FacetScore> scores = new LinkedHashMap<>();
    private final FacetScore qualifiers = new FacetScore();
    private final FacetScore quantityKeys = new FacetScore();
    private final FacetScore attributionKinds = new FacetScore();

    GoldScorer() {
        FACETS.forEach(facet -> scores.put(facet, new FacetScore()));
    }

    void score(GoldArticle article, List<JsonNode> claims) {
        Map<Integer, List<JsonNode>> bySentence = new HashMap<>();
        List<JsonNode> unmatched = new ArrayList<>();
        for (JsonNode claim : claims) {
            int best = bestSentence(article, claim.get("span").get("start").asInt(), claim.get("span").get("end").asInt());
            if (best < 0) {
                unmatched.add(claim);
            } else {
                bySentence.computeIfAbsent(best, index -> new ArrayList<>()).add(claim);
            }
        }
        for (int i = 0; i < article.sentences().size(); i++) {
            scoreSentence(article.sentences().get(i).facets(), bySentence.getOrDefault(i, List.of()));
        }
        for (JsonNode claim : unmatched) {
            scoreSentence(null, List.of(claim));
        }
    }

    Map<String, FacetScore> scores() {
        return scores;
    }

    String report() {
        StringBuilder report = new StringBuilder(String.format("%-16s %5s %5s %5s   %-5s   %-5s   %-5s%n", "facet", "tp", "fp", "fn", "P", "R", "F1"));
        scores.forEach((facet, score) -> report.append(score.row(facet)).append('\n'));
        report.append(qualifiers.row("  qualifier")).append("   (of matched quantities and money)\n");
        report.append(quantityKeys.row("  quantity key")).append("   (of matched quantities)\n");
        report.append(attributionKinds.row("  attrib. kind")).append("   (of matched attributions)\n");
        return report.toString();
    }

    private void scoreSentence(JsonNode gold, List<JsonNode> claims) {
        matchList("quantities", gold, claims, GoldScorer::sameQuantity, true);
        matchList("money", gold, claims, (g, p) -> sameNumber(g.get("amount"), p.get("amount"))
                && text(g, "currency").equals(text(p, "currency")) && sameNumber(g.get("upper"), p.get("upper")), true);
        matchList("dates", gold, claims, GoldScorer::sameDate, false);
        scoreAttribution(gold, claims);
        scoreModality(gold, claims);
        scoreSlots(gold, claims);
    }

    private void matchList(String facet, JsonNode gold, List<JsonNode> claims, BiPredicate<JsonNode, JsonNode> same, boolean hasQualifier) {
        List<JsonNode> expected = gold == null ? List.of() : list(gold.get(facet));
        List<JsonNode> predicted = new ArrayList<>();
        claims.forEach(claim -> predicted.addAll(list(claim.get(facet))));
        int matched = 0;
        for (JsonNode wanted : expected) {
            for (int i = 0; i < predicted.size(); i++) {
                if (same.test(wanted, predicted.get(i))) {
                    JsonNode found = predicted.remove(i);
                    matched++;
                    if (hasQualifier) {
                        boolean sameQualifier = text(wanted, "qualifier").equals(text(found, "qualifier"));
                        qualifiers.add(sameQualifier ? 1 : 0, sameQualifier ? 0 : 1, 0);
                    }
                    if (facet.equals("quantities") && wanted.hasNonNull("key")) {
                        boolean sameKey = text(wanted, "key").equals(text(found, "key"));
                        quantityKeys.add(sameKey ? 1 : 0, sameKey ? 0 : 1, 0);
                    }
                    break;
                }
            }
        }
        scores.get(facet).add(matched, predicted.size(), expected.size() - matched);
    }

    private void scoreAttribution(JsonNode gold, List<JsonNode> claims) {
        JsonNode expected = gold == null ? null : gold.get("attribution");
        boolean wanted = expected != null && !expected.isNull();
        JsonNode found = claims.stream().map(claim -> claim.get("attribution")).filter(a -> a != null && !a.isNull()).findFirst().orElse(null);
        if (!wanted && found == null) {
            return;
        }
        if (wanted && found != null && !disjoint(speakers(expected), speakers(found))) {
            scores.get("attribution").add(1, 0, 0);
            boolean sameKind = text(expected, "kind").equals(text(found, "kind"));
            attributionKinds.add(sameKind ? 1 : 0, sameKind ? 0 : 1, 0);
            return;
        }
        scores.get("attribution").add(0, found == null ? 0 : 1, wanted ? 1 : 0);
    }

    private void scoreModality(JsonNode gold, List<JsonNode> claims) {
        String expected = gold == null || gold.get("modality") == null || gold.get("modality").isNull()
                ? "asserted" : text(gold.get("modality"), "value");
        String found = claims.stream().map(claim -> claim.get("modality")).filter(m -> m != null && !m.isNull())
                .map(m -> text(m, "value")).filter(value -> !value.equals("asserted")).findFirst().orElse("asserted");
        boolean hit = !expected.equals("asserted") && expected.equals(found);
        boolean wrongFind = !found.equals("asserted") && !found.equals(expected);
        boolean miss = !expected.equals("asserted") && !expected.equals(found);
        scores.get("modality").add(hit ? 1 : 0, wrongFind ? 1 : 0, miss ? 1 : 0);
    }

    private void scoreSlots(JsonNode gold, List<JsonNode> claims) {
        Set<String> expected = new HashSet<>();
        if (gold != null) {
            list(gold.get("slots")).forEach(slot -> expected.add(slot.asText()));
        }
        Set<String> found = new HashSet<>();
        claims.forEach(claim -> list(claim.get("slots")).forEach(slot -> found.add(slot.get("key").asText())));
        Set<String> both = new HashSet<>(expected);
        both.retainAll(found);
        scores.get("slots").add(both.size(), found.size() - both.size(), expected.size() - both.size());
    }

    private static boolean sameQuantity(JsonNode gold, JsonNode predicted) {
        return sameNumber(gold.get("value"), predicted.get("value")) && sameNumber(gold.get("upper"), predicted.get("upper"))
                && text(gold, "unit").equals(text(predicted, "unit"));
    }

    private static boolean sameDate(JsonNode gold, JsonNode predicted) {
        if (!text(gold, "granularity").equals(text(predicted, "granularity"))) {
            return false;
        }
        return gold.hasNonNull("value") ? text(gold, "value").equals(text(predicted, "value"))
                : !predicted.hasNonNull("value") && text(gold, "text").equalsIgnoreCase(text(predicted, "text"));
    }

    private static boolean sameNumber(JsonNode gold, JsonNode predicted) {
        boolean goldMissing = gold == null || gold.isNull();
        boolean predictedMissing = predicted == null || predicted.isNull();
        if (goldMissing || predictedMissing) {
            return goldMissing == predictedMissing;
        }
        double a = gold.asDouble();
        double b = predicted.asDouble();
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    private int bestSentence(GoldArticle article, int start, int end) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < article.sentences().size(); i++) {
            GoldArticle.GoldSentence sentence = article.sentences().get(i);
            int overlap = Math.min(end, sentence.end()) - Math.max(start, sentence.start());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = i;
            }
        }
        return best;
    }

    private static Set<String> speakers(JsonNode attribution) {
        Set<String> names = new HashSet<>();
        list(attribution.get("speakers")).forEach(name -> names.add(normalise(name.asText())));
        return names;
    }

    private static String normalise(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
