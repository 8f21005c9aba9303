package claimwatch.api.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of an article a story already covers, per feature family, and what they share.
 *
 * <p>Each family's similarity is the weighted share of the article's features the story has, {@code sum(w * s) /
 * (sum(w) + prior)}, or, for a story of up to three articles and when higher, the share of the story's (established)
 * features the article has, so that a short article and a long one about the same event score alike whichever comes
 * first. Weights: people and organisations 3, products 2, other entities 1.5, places 0.5, slot values 2
 * (1 for bare small counts, which recur by chance), title and lead terms 1. {@code s} is how established the feature is in
 * the story: its count over a third of the story's articles, at most 1, so a 50-article story's one-off mentions
 * count little and a big story does not swallow everything. The prior keeps an article with little evidence (one
 * shared place) from scoring high. The score is 0.5 entities + 0.3 values + 0.2 terms, from the direction that gives
 * the higher score.
 */
final class StorySimilarity {

    static final double ENTITY_SHARE = 0.5;
    static final double VALUE_SHARE = 0.3;
    static final double TEXT_SHARE = 0.2;
    private static final double ESTABLISHED_SHARE = 1.0 / 3;
    private static final double[] PRIOR = { 6, 4, 3 };
    private static final int SHOWN = 8;
    /** Up to this size a story is compared from its own side too; a bigger one has gathered more than any article. */
    private static final int SMALL_STORY = 3;
    private static final Set<String> SMALL_WORDS = Set.of("de", "del", "la", "el", "of", "the", "and", "y", "for",
            "du", "des", "von", "van");

    /** The comparison of one article with one story. */
    record Result(double score, double entities, double values, double terms, List<String> sharedEntities, List<String> sharedValues,
            List<String> sharedTerms) {
    }

    static double weight(String feature) {
        char family = feature.charAt(0);
        if (family == 'e') {
            if (feature.startsWith("person:", 2) || feature.startsWith("organisation:", 2)) {
                return 3;
            }
            return feature.startsWith("place:", 2) ? 0.5 : feature.startsWith("product:", 2) ? 2 : 1.5;
        }
        if (family == 'v') {
            return feature.length() - feature.lastIndexOf('=') - 1 <= 2 && feature.startsWith("count:", 2) ? 1 : 2;
        }
        return 1;
    }

    static int family(String feature) {
        char family = feature.charAt(0);
        return family == 'e' ? 0 : family == 'v' ? 1 : 2;
    }

    Result compare(ArticleFingerprint article, StoryProfile story) {
        double[] articleTotal = new double[3];
        double[] storyTotal = new double[3];
        double[] shared = new double[3];
        List<List<Shared>> sharedFeatures = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        double established = Math.max(1, story.articleCount() * ESTABLISHED_SHARE);
        for (Map.Entry<String, Integer> feature : article.features().entrySet()) {
            String name = feature.getKey();
            int family = family(name);
            double weight = weight(name);
            articleTotal[family] += weight;
            Integer count = story.features().get(name);
            if (count != null && count > 0) {
                double contribution = weight * Math.min(1, count / established);
                shared[family] += contribution;
                sharedFeatures.get(family).add(new Shared(name, contribution, count));
            }
        }
        boolean small = story.articleCount() <= SMALL_STORY;
        for (Map.Entry<String, Integer> feature : small ? story.features().entrySet() : Set.<Map.Entry<String, Integer>>of()) {
            if (feature.getValue() > 0) {
                storyTotal[family(feature.getKey())] += weight(feature.getKey()) * Math.min(1, feature.getValue() / established);
            }
        }
        double[] byArticle = new double[3];
        double[] byStory = new double[3];
        for (int family = 0; family < 3; family++) {
            byArticle[family] = shared[family] / (articleTotal[family] + PRIOR[family]);
            byStory[family] = shared[family] / (storyTotal[family] + PRIOR[family]);
        }
        double[] sims = !small || score(byArticle) >= score(byStory) ? byArticle : byStory;
        return new Result(score(sims), sims[0], sims[1], sims[2], readable(sharedFeatures.get(0)), readable(sharedFeatures.get(1)),
                readable(sharedFeatures.get(2)));
    }

    private static double score(double[] sims) {
        return ENTITY_SHARE * sims[0] + VALUE_SHARE * sims[1] + TEXT_SHARE * sims[2];
    }

    private record Shared(String feature, double contribution, int storyCount) {
    }

    /** The strongest, then most established shared features as a person reads them: "Joaquin Rendal", "ferry". */
    private static List<String> readable(List<Shared> features) {
        features.sort(Comparator.comparingDouble(Shared::contribution).reversed()
                .thenComparing(Comparator.comparingInt(Shared::storyCount).reversed())
                .thenComparing(Shared::feature));
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, features.size()); i++) {
            shown.add(display(features.get(i).feature()));
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
