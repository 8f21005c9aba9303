package claimwatch.api.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import claimwatch.api.claim.ArticleClaimsMessage;

class ArticleFingerprintsTest {

    private static final String TITLE = "Valderra signs €430 million ferry contract";
    private static final String TEXT = TITLE + "\n\nThe regional government signed the contracts with Aldermoor on Monday. "
            + "Islanders welcomed the ferries. A third sentence mentions zebras.";

    private static ArticleClaimsMessage.Claim claim(String id, String modality, List<ArticleClaimsMessage.EntityMention> entities,
            List<ArticleClaimsMessage.Money> money, List<ArticleClaimsMessage.Quantity> quantities, List<ArticleClaimsMessage.DateMention> dates,
            List<ArticleClaimsMessage.Slot> slots) {
        return new ArticleClaimsMessage.Claim(id, "text", null, 0, "money", quantities, money, dates, entities, null,
                new ArticleClaimsMessage.Modality(modality, null), 0.5, slots);
    }

    private static ArticleClaimsMessage message(OffsetDateTime published, List<ArticleClaimsMessage.Claim> claims) {
        return new ArticleClaimsMessage("a1", "structured", 2, Instant.parse("2024-03-12T00:00:00Z"),
                new ArticleClaimsMessage.Article("a1", "https://x.example/a1", "Meridian Wire", TITLE, null, published,
                        Instant.parse("2024-03-12T01:00:00Z"), "en", TEXT, null),
                claims);
    }

    private static ArticleClaimsMessage sample() {
        var rendal = new ArticleClaimsMessage.EntityMention("Joaquín Rendal", null, "Joaquín  Rendal", "person");
        var alba = new ArticleClaimsMessage.EntityMention("Puerto Alba", null, "Puerto Alba", "place");
        var anonymous = new ArticleClaimsMessage.EntityMention("NPV", null, null, null);
        var euros = new ArticleClaimsMessage.Money("€430 million", null, 430e6, null, "EUR", "exact");
        var dollars = new ArticleClaimsMessage.Money("$470m", null, 470e6, null, "USD", "approximately");
        var eight = new ArticleClaimsMessage.Quantity("eight new ferries", null, 8, null, null, "new ferries", "ferry", "exact");
        var pct = new ArticleClaimsMessage.Quantity("23%", null, 23, null, "percent", null, "cost", "exact");
        var march = new ArticleClaimsMessage.DateMention("March 2023", null, "2023-03", "month", "event");
        return message(OffsetDateTime.parse("2024-03-11T14:10:00+01:00"), List.of(
                claim("c1", "asserted", List.of(rendal, alba, rendal, anonymous), List.of(euros, dollars), List.of(pct), List.of(march),
                        List.of(new ArticleClaimsMessage.Slot("money:deal", "money", 0), new ArticleClaimsMessage.Slot("money:value", "money", 1),
                                new ArticleClaimsMessage.Slot("percent:bill", "quantities", 0),
                                new ArticleClaimsMessage.Slot("date:approve:programme", "dates", 0))),
                claim("c2", "negated", List.of(), List.of(), List.of(eight), List.of(),
                        List.of(new ArticleClaimsMessage.Slot("count:ferry", "quantities", 0))),
                claim("c3", "hedged", null, null, null, null, null)));
    }

    @Test
    void entitiesAreKeyedByTypeAndPlainCanonicalNameWithTheirCounts() {
        Map<String, Integer> features = new ArticleFingerprints().of(sample()).features();
        assertEquals(2, features.get("e:person:joaquin rendal"));
        assertEquals(1, features.get("e:place:puerto alba"));
        assertEquals(1, features.get("e:other:npv"));
    }

    @Test
    void strongSlotValuesAreKeyedByNormalisedSlotAndFigure() {
        Map<String, Integer> features = new ArticleFingerprints().of(sample()).features();
        assertTrue(features.containsKey("v:money:contract=EUR 430,000,000"));
        assertTrue(features.containsKey("v:percent:cost=23%"));
        assertTrue(features.containsKey("v:date:approve=2023-03"));
        assertFalse(features.keySet().stream().anyMatch(f -> f.startsWith("v:money:value")), "generic slots are no evidence");
        assertFalse(features.keySet().stream().anyMatch(f -> f.startsWith("v:count:vessel")), "negated claims give no values");
    }

    @Test
    void termsComeFromTheTitleAndTheFirstTwoSentences() {
        Map<String, Integer> features = new ArticleFingerprints().of(sample()).features();
        assertEquals(2, features.get("t:contract"), "once in the title, once (plural) in the lead");
        assertTrue(features.containsKey("t:valderra"));
        assertTrue(features.containsKey("t:islander"));
        assertTrue(features.containsKey("t:ferry"));
        assertFalse(features.containsKey("t:zebra"), "the third sentence is no lead");
        assertFalse(features.containsKey("t:monday"));
    }

    @Test
    void theFingerprintCarriesIdTitleAndReportedTime() {
        ArticleFingerprint fingerprint = new ArticleFingerprints().of(sample());
        assertEquals("a1", fingerprint.articleId());
        assertEquals(TITLE, fingerprint.title());
        assertEquals(Instant.parse("2024-03-11T13:10:00Z"), fingerprint.reportedAt());
        assertEquals(Instant.parse("2024-03-12T01:00:00Z"), new ArticleFingerprints().of(message(null, List.of())).reportedAt());
    }

    @Test
    void theLeadSkipsTheTitleRepeatedAtTheTopOfTheText() {
        ArticleClaimsMessage.Article article = sample().article();
        String lead = ArticleFingerprints.titleAndLead(article);
        assertEquals(TITLE + " The regional government signed the contracts with Aldermoor on Monday. Islanders welcomed the ferries.", lead);
    }

    @Test
    void anArticleWithoutTextOrTitleStillHasAFingerprint() {
        ArticleClaimsMessage bare = new ArticleClaimsMessage("a2", "structured", 2, null,
                new ArticleClaimsMessage.Article("a2", null, null, null, null, null, Instant.parse("2024-03-12T01:00:00Z"), null, null, null),
                List.of());
        assertTrue(new ArticleFingerprints().of(bare).features().isEmpty());
    }

    @Test
    void wholeNumbersAreGroupedByThousandsAsStringFormatDoes() {
        Random random = new Random(5150);
        List<Long> values = new ArrayList<>(List.of(0L, 7L, -7L, 999L, 1000L, -1000L, 430_000_000L, 1_234_567L, -999_999L,
                Long.MAX_VALUE, Long.MIN_VALUE));
        for (int i = 0; i < 2000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        for (long value : values) {
            assertEquals(String.format(Locale.ROOT, "%,d", value), ArticleFingerprints.grouped(value), () -> "for " + value);
        }
        assertEquals("430,000,000", ArticleFingerprints.number(4.3e8));
        assertEquals("2.5", ArticleFingerprints.number(2.5));
    }
}
