package claimwatch.api.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outlets an article names as its sources: speakers of an outlet citation, and any speaker whose name is a known
 * outlet's (ignoring case), in the order the article names them, without the article's own outlet.
 */
public final class CitedOutlets {

    static final String OUTLET_CITATION = "outlet-citation";

    private CitedOutlets() {
    }

    public static List<String> of(ArticleClaimsMessage message, Set<String> knownOutlets) {
        Map<String, String> known = new TreeMap<>();
        knownOutlets.forEach(name -> known.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
        String own = message.article().outlet() == null ? "" : message.article().outlet().toLowerCase(Locale.ROOT);
        Set<String> cited = new LinkedHashSet<>();
        for (ArticleClaimsMessage.Claim claim : message.claims()) {
            ArticleClaimsMessage.Attribution attribution = claim.attribution();
            if (attribution == null || attribution.speakers() == null) {
                continue;
            }
            for (String speaker : attribution.speakers()) {
                if (speaker == null || speaker.isBlank() || speaker.toLowerCase(Locale.ROOT).equals(own)) {
                    continue;
                }
                String outlet = known.get(speaker.toLowerCase(Locale.ROOT));
                if (outlet != null) {
                    cited.add(outlet);
                } else if (OUTLET_CITATION.equals(attribution.kind())) {
                    cited.add(speaker);
                }
            }
        }
        return new ArrayList<>(cited);
    }
}
