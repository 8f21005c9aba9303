package claimwatch.extract.number;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** English singular and plural forms of nouns, by a small rule set and a table of irregular words. */
public final class Inflection {

    private static final Map<String, String> IRREGULAR_SINGULARS = Map.ofEntries(Map.entry("people", "person"),
            Map.entry("children", "child"), Map.entry("men", "man"), Map.entry("women", "woman"),
            Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"),
            Map.entry("geese", "goose"), Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"),
            Map.entry("analyses", "analysis"), Map.entry("crises", "crisis"), Map.entry("theses", "thesis"),
            Map.entry("diagnoses", "diagnosis"), Map.entry("hypotheses", "hypothesis"), Map.entry("lives", "life"),
            Map.entry("wives", "wife"), Map.entry("knives", "knife"), Map.entry("wolves", "wolf"),
            Map.entry("halves", "half"), Map.entry("shelves", "shelf"), Map.entry("leaves", "leaf"),
            Map.entry("thieves", "thief"), Map.entry("loaves", "loaf"), Map.entry("calves", "calf"),
            Map.entry("buses", "bus"), Map.entry("viruses", "virus"), Map.entry("bonuses", "bonus"),
            Map.entry("campuses", "campus"), Map.entry("censuses", "census"), Map.entry("statuses", "status"),
            Map.entry("surpluses", "surplus"), Map.entry("focuses", "focus"), Map.entry("circuses", "circus"),
            Map.entry("movies", "movie"), Map.entry("cookies", "cookie"), Map.entry("calories", "calorie"),
            Map.entry("rookies", "rookie"), Map.entry("shoes", "shoe"), Map.entry("canoes", "canoe"),
            Map.entry("toes", "toe"), Map.entry("headaches", "headache"), Map.entry("niches", "niche"),
            Map.entry("caches", "cache"), Map.entry("avalanches", "avalanche"), Map.entry("cliches", "cliche"));

    private static final Map<String, String> IRREGULAR_PLURALS = IRREGULAR_SINGULARS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));

    // Same in both numbers; they still head a counted phrase ("600 staff", "41 aircraft").
    private static final Set<String> INVARIANT = Set.of("data", "media", "staff", "police", "personnel", "cattle",
            "aircraft", "sheep", "fish", "deer", "series", "species", "offspring", "livestock", "crew", "headquarters",
            "sales");

    private static final Set<String> SINGULAR_IN_S = Set.of("news", "gas", "bus", "lens", "physics", "economics",
            "politics", "mathematics", "atlas", "chaos", "kudos", "ethos", "pathos", "canvas", "bias", "alias",
            "yes", "his", "this", "its", "us", "was", "has", "is", "as", "thus", "plus", "minus", "less", "unless");

    private Inflection() {
    }

    /** True for a word that reads as a plural noun: "ferries", "people", "staff"; false for "news", "business". */
    public static boolean isPlural(String lower) {
        if (INVARIANT.contains(lower) || IRREGULAR_SINGULARS.containsKey(lower)) {
            return true;
        }
        int n = lower.length();
        if (n < 3 || lower.charAt(n - 1) != 's' || SINGULAR_IN_S.contains(lower)) {
            return false;
        }
        return !(lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || lower.endsWith("'s")
                || lower.endsWith("\u2019s"));
    }

    public static boolean isInvariant(String lower) {
        return INVARIANT.contains(lower);
    }

    public static String singular(String lower) {
        String irregular = IRREGULAR_SINGULARS.get(lower);
        if (irregular != null) {
            return irregular;
        }
        if (!isPlural(lower) || INVARIANT.contains(lower)) {
            return lower;
        }
        int n = lower.length();
        if (lower.endsWith("ies") && n > 4) {
            return lower.substring(0, n - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("zzes") || lower.endsWith("ches")
                || lower.endsWith("shes") || lower.endsWith("oes")) {
            return lower.substring(0, n - 2);
        }
        return lower.substring(0, n - 1);
    }

    public static String plural(String lower) {
        String irregular = IRREGULAR_PLURALS.get(lower);
        if (irregular != null) {
            return irregular;
        }
        if (INVARIANT.contains(lower)) {
            return lower;
        }
        int n = lower.length();
        if (n > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(n - 2)) < 0) {
            return lower.substring(0, n - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return lower + "es";
        }
        return lower + "s";
    }
}
