package claimwatch.api.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outlets an article names as its sources, in the order it names them, without its own outlet: any attribution
 * speaker whose name is a known outlet's (ignoring case and a leading "the"), and in an outlet citation also a
 * speaker written as a name ("Harbour Post") that the claim does not know as a person. Vague sources ("some
 * reports", "one website") are not outlets.
 */
public final class CitedOutlets {

    static final String OUTLET_CITATION = "outlet-citation";

    private CitedOutlets() {
    }

    public static List<String> of(ArticleClaimsMessage message, Set<String> knownOutlets) {
        Map<String, String> known = new TreeMap<>();
        knownOutlets.forEach(name -> known.putIfAbsent(key(name), name));
        String own = message.article().outlet() == null ? "" : key(message.article().outlet());
        Set<String> cited = new LinkedHashSet<>();
        for (ArticleClaimsMessage.Claim claim : message.claims()) {
            ArticleClaimsMessage.Attribution attribution = claim.attribution();
            if (attribution == null || attribution.speakers() == null) {
                continue;
            }
            for (String speaker : attribution.speakers()) {
                if (speaker == null || speaker.isBlank() || key(speaker).equals(own)) {
                    continue;
                }
                String outlet = known.get(key(speaker));
                if (outlet != null) {
                    cited.add(outlet);
                } else if (OUTLET_CITATION.equals(attribution.kind()) && Character.isUpperCase(speaker.charAt(0)) && !isPerson(claim, speaker)) {
                    cited.add(speaker);
                }
            }
        }
        return new ArrayList<>(cited);
    }

    private static boolean isPerson(ArticleClaimsMessage.Claim claim, String speaker) {
        return claim.entities() != null && claim.entities().stream()
                .anyMatch(entity -> entity != null && "person".equals(entity.type()) && speaker.equalsIgnoreCase(entity.canonical()));
    }

    private static String key(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }
}
