package claimwatch.api.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How much of an article a story already covers, per feature family, and what they share.
 *
 * <p>Each family's similarity is the weighted share of the article's features the story has, {@code sum(w * s) /
 * (sum(w) + prior)}. Weights: people and organisations 3, products 2, other entities 1.5, places 0.5, slot values 2
 * (1 for bare small counts, which recur by chance), title and lead terms 1. {@code s} is how established the feature is in
 * the story: its count over a third of the story's articles, at most 1, so a 50-article story's one-off mentions
 * count little and a big story does not swallow everything. The prior keeps an article with little evidence (one
 * shared place) from scoring high. The score is 0.5 entities + 0.3 values + 0.2 terms.
 */
final class StorySimilarity {

    static final double ENTITY_SHARE = 0.5;
    static final double VALUE_SHARE = 0.3;
    static final double TEXT_SHARE = 0.2;
    private static final double ESTABLISHED_SHARE = 1.0 / 3;
    private static final double[] PRIOR = { 6, 4, 3 };
    private static final int SHOWN = 8;
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("de", "del", "la", "el", "of", "the", "and", "y", "for",
            "du", "des", "von", "van");

    /** The comparison of one article with one story. */
    record Result(double score, double entities, double values, double terms, List<String> sharedEntities, List<String> sharedValues,
            List<String> sharedTerms) {
    }

    static double weight(String feature) {
        if (feature.startsWith("e:")) {
            if (feature.startsWith("e:person:") || feature.startsWith("e:organisation:")) {
                return 3;
            }
            return feature.startsWith("e:place:") ? 0.5 : feature.startsWith("e:product:") ? 2 : 1.5;
        }
        if (feature.startsWith("v:")) {
            String value = feature.substring(feature.indexOf('=') + 1);
            return value.length() <= 2 && feature.startsWith("v:count:") ? 1 : 2;
        }
        return 1;
    }

    static int family(String feature) {
        return feature.startsWith("e:") ? 0 : feature.startsWith("v:") ? 1 : 2;
    }

    Result compare(ArticleFingerprint article, StoryProfile story) {
        double[] total = new double[3];
        double[] shared = new double[3];
        List<List<Map.Entry<String, Double>>> sharedFeatures = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        double established = Math.max(1, story.articleCount() * ESTABLISHED_SHARE);
        for (Map.Entry<String, Integer> feature : article.features().entrySet()) {
            String name = feature.getKey();
            int family = family(name);
            double weight = weight(name);
            total[family] += weight;
            Integer count = story.features().get(name);
            if (count != null && count > 0) {
                double contribution = weight * Math.min(1, count / established);
                shared[family] += contribution;
                sharedFeatures.get(family).add(Map.entry(name, contribution));
            }
        }
        double entities = shared[0] / (total[0] + PRIOR[0]);
        double values = shared[1] / (total[1] + PRIOR[1]);
        double terms = shared[2] / (total[2] + PRIOR[2]);
        double score = ENTITY_SHARE * entities + VALUE_SHARE * values + TEXT_SHARE * terms;
        return new Result(score, entities, values, terms, readable(sharedFeatures.get(0)), readable(sharedFeatures.get(1)),
                readable(sharedFeatures.get(2)));
    }

    /** The strongest shared features as a person reads them: "Joaquin Rendal", "money:contract = EUR 430,000,000", "ferry". */
    private static List<String> readable(List<Map.Entry<String, Double>> features) {
        features.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, features.size()); i++) {
            shown.add(display(features.get(i).getKey()));
        }
        return List.copyOf(shown);
    }

    static String display(String feature) {
        if (feature.startsWith("e:")) {
            String name = feature.substring(feature.indexOf(':', 2) + 1);
            StringBuilder title = new StringBuilder(name.length());
            for (String word : name.split(" ")) {
                boolean small = title.length() > 0 && SMALL_WORDS.contains(word);
                title.append(title.length() > 0 ? " " : "").append(small || word.isEmpty() ? word
                        : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            return title.toString();
        }
        if (feature.startsWith("v:")) {
            return feature.substring(2).replace("=", " = ");
        }
        return feature.substring(2);
    }
}
