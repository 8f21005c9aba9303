package claimwatch.api.fact;

import java.time.Instant;
import java.util.List;

import claimwatch.api.claim.ArticleClaimsMessage;

/**
 * One value of one claim in a normalised slot, ready for grouping. {@code cited} are the known outlets the claim says
 * it relies on, nearest first; {@code citing} is true when it reports someone else's figure (named or not);
 * {@code ambiguous} when the claim gave the slot another, incompatible value too.
 */
record Observation(StoryClaim source, NormalizedSlot slot, ValueRange range, Object facet, List<String> cited, boolean citing,
        boolean ambiguous) {

    /** What a value is for telling values apart: the figure as written, without its wording. */
    record Key(String kind, String unit, double amount, Double upper, String date) {
    }

    /** The normalised value, built only when needed (formatting it costs more than grouping it). */
    FactValue value() {
        if (facet instanceof ArticleClaimsMessage.Quantity quantity) {
            return FactValues.of(quantity);
        }
        if (facet instanceof ArticleClaimsMessage.Money money) {
            return FactValues.of(money);
        }
        return FactValues.of((ArticleClaimsMessage.DateMention) facet);
    }

    Key key() {
        if (facet instanceof ArticleClaimsMessage.Quantity quantity) {
            return new Key("number", quantity.unit(), quantity.value(), quantity.upper(), null);
        }
        if (facet instanceof ArticleClaimsMessage.Money money) {
            return new Key("money", money.currency(), money.amount(), money.upper(), null);
        }
        return new Key("date", null, 0, null, ((ArticleClaimsMessage.DateMention) facet).value());
    }

    String claimId() {
        return source.claim().id();
    }

    String articleId() {
        return source.article().id();
    }

    String outlet() {
        return source.article().outlet();
    }

    Instant reportedAt() {
        return source.article().reportedAt();
    }

    String syndicatedFrom() {
        return source.article().duplicateOf();
    }

    /** The outlet whose figure this is, as far as the claim itself says: the last outlet it cites, else its own. */
    String creditedOutlet() {
        if (!citing) {
            return outlet();
        }
        return cited.isEmpty() ? null : cited.get(cited.size() - 1);
    }

    Observation withSlot(NormalizedSlot weaker) {
        return new Observation(source, weaker, range, facet, cited, citing, true);
    }
}
