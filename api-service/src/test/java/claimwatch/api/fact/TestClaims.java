package claimwatch.api.fact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import claimwatch.api.claim.ArticleClaimsMessage;

/** Builds hand-made story claims for the fact tests: one claim, its facets and slots, in one article. */
final class TestClaims {

    private final String id;
    private String text = "A claim.";
    private final List<ArticleClaimsMessage.Quantity> quantities = new ArrayList<>();
    private final List<ArticleClaimsMessage.Money> money = new ArrayList<>();
    private final List<ArticleClaimsMessage.DateMention> dates = new ArrayList<>();
    private final List<ArticleClaimsMessage.Slot> slots = new ArrayList<>();
    private ArticleClaimsMessage.Attribution attribution;
    private String modality = "asserted";

    private TestClaims(String id) {
        this.id = id;
    }

    static TestClaims claim(String id) {
        return new TestClaims(id);
    }

    static ArticleRef article(String id, String outlet, String publishedAt) {
        return new ArticleRef(id, outlet, publishedAt == null ? null : Instant.parse(publishedAt), null);
    }

    static ArticleRef copy(String id, String outlet, String publishedAt, String original) {
        return new ArticleRef(id, outlet, Instant.parse(publishedAt), original);
    }

    TestClaims text(String text) {
        this.text = text;
        return this;
    }

    TestClaims count(String key, double value, String item, String qualifier) {
        return quantity(key, value, null, null, item, qualifier);
    }

    TestClaims quantity(String key, double value, Double upper, String unit, String item, String qualifier) {
        slots.add(new ArticleClaimsMessage.Slot(key, "quantities", quantities.size()));
        quantities.add(new ArticleClaimsMessage.Quantity(String.valueOf(value), null, value, upper, unit, item, key.split(":")[1], qualifier));
        return this;
    }

    TestClaims money(String key, double amount, String currency, String qualifier) {
        slots.add(new ArticleClaimsMessage.Slot(key, "money", money.size()));
        money.add(new ArticleClaimsMessage.Money(String.valueOf(amount), null, amount, null, currency, qualifier));
        return this;
    }

    TestClaims date(String key, String value, String role) {
        slots.add(new ArticleClaimsMessage.Slot(key, "dates", dates.size()));
        dates.add(new ArticleClaimsMessage.DateMention(value, null, value, null, role));
        return this;
    }

    TestClaims by(String kind, String... speakers) {
        attribution = new ArticleClaimsMessage.Attribution(List.of(speakers), null, null, kind);
        return this;
    }

    TestClaims modality(String modality) {
        this.modality = modality;
        return this;
    }

    StoryClaim in(ArticleRef article) {
        ArticleClaimsMessage.Claim claim = new ArticleClaimsMessage.Claim(id, text, null, 0, "quantity", List.copyOf(quantities),
                List.copyOf(money), List.copyOf(dates), List.of(), attribution, new ArticleClaimsMessage.Modality(modality, null), 0.5,
                List.copyOf(slots));
        return new StoryClaim(article, claim);
    }
}
