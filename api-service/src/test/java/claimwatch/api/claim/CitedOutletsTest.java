package claimwatch.api.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CitedOutletsTest {

    private static final Set<String> KNOWN = Set.of("The Daily Klaxon", "Meridian Wire", "El Faro de Valderra", "The Mercantile Journal",
            "The Alba Coast Courier", "Ferry & Fleet Review");

    @Test
    void namesTheOutletsEachSampleArticleCites() {
        for (ArticleClaimsMessage message : SampleClaims.all()) {
            List<String> cited = CitedOutlets.of(message, KNOWN);
            String outlet = message.article().outlet();
            switch (outlet) {
                case "The Alba Coast Courier" -> {
                    if (message.article().title().startsWith("Audit ledgers")) {
                        assertEquals(List.of("The Daily Klaxon", "El Faro de Valderra"), cited, message.article().title());
                    }
                }
                case "Eurotransport Observer" -> assertEquals(List.of("The Mercantile Journal", "Meridian Wire"), cited);
                case "The Isla Corva Gazette", "Ferry & Fleet Review" -> assertEquals(List.of("Meridian Wire"), cited, outlet);
                default -> assertEquals(false, cited.contains(outlet), outlet + " does not cite itself");
            }
        }
    }

    @Test
    void vagueSourcesAndPeopleAreNotOutletsButAnUnknownNamedOutletIs() {
        ArticleClaimsMessage.Claim vague = claim("outlet-citation", List.of("some reports", "Joaquin Rendal"),
                List.of(new ArticleClaimsMessage.EntityMention("Joaquin Rendal", null, "Joaquin Rendal", "person")));
        ArticleClaimsMessage.Claim named = claim("outlet-citation", List.of("Harbour Post"), List.of());
        ArticleClaimsMessage.Claim quoted = claim("direct-quote", List.of("the daily klaxon", "Ines Carbonell"), List.of());
        assertEquals(List.of("Harbour Post", "The Daily Klaxon"), CitedOutlets.of(message("Meridian Wire", vague, named, quoted), KNOWN));
        assertEquals(List.of(), CitedOutlets.of(message("The Daily Klaxon", quoted), KNOWN));
    }

    private static ArticleClaimsMessage.Claim claim(String kind, List<String> speakers, List<ArticleClaimsMessage.EntityMention> entities) {
        return new ArticleClaimsMessage.Claim("5d41402abc4b2a76b9719d91", "x", new ArticleClaimsMessage.Span(0, 1), 0, "other", List.of(), List.of(),
                List.of(), entities, new ArticleClaimsMessage.Attribution(speakers, null, "said", kind), null, 0.5, List.of());
    }

    private static ArticleClaimsMessage message(String outlet, ArticleClaimsMessage.Claim... claims) {
        return new ArticleClaimsMessage("3f9a1c2be84d47a0b6e2d5c1f0a9b877", "structured", 2, java.time.Instant.EPOCH,
                new ArticleClaimsMessage.Article("3f9a1c2be84d47a0b6e2d5c1f0a9b877", null, outlet, null, null, null, java.time.Instant.EPOCH,
                        "en", "x", null), List.of(claims));
    }
}
