package claimwatch.api.claim;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A claim as the {@code claim} table holds it: plain columns plus the facets and attribution as JSON text. The claim
 * the fact analysis sees is always rebuilt from this form, whether it was just read off the topic or loaded from the
 * database, so both give the same input.
 */
public record StoredClaim(
        String id,
        String articleId,
        int sentenceIndex,
        int spanStart,
        int spanEnd,
        String text,
        String kind,
        String modality,
        String modalityCue,
        Float checkworthiness,
        String attributionJson,
        String facetsJson) {

    /** The facet lists kept in {@code claim.facets}. */
    record Facets(
            List<ArticleClaimsMessage.Quantity> quantities,
            List<ArticleClaimsMessage.Money> money,
            List<ArticleClaimsMessage.DateMention> dates,
            List<ArticleClaimsMessage.EntityMention> entities,
            List<ArticleClaimsMessage.Slot> slots) {

        boolean isEmpty() {
            return quantities == null && money == null && dates == null && entities == null && slots == null;
        }
    }

    public static StoredClaim of(String articleId, ArticleClaimsMessage.Claim claim, ObjectMapper json) {
        Facets facets = new Facets(claim.quantities(), claim.money(), claim.dates(), claim.entities(), claim.slots());
        ArticleClaimsMessage.Modality modality = claim.modality();
        // checkworthiness is a real column: round it as PostgreSQL will, so a reloaded claim equals this one
        Float checkworthiness = claim.checkworthiness() == null ? null : claim.checkworthiness().floatValue();
        return new StoredClaim(claim.id(), articleId, claim.sentenceIndex(), claim.span().start(), claim.span().end(), claim.text(),
                claim.kind(), modality == null ? null : modality.value(), modality == null ? null : modality.cue(), checkworthiness,
                claim.attribution() == null ? null : JsonText.write(json, claim.attribution()),
                facets.isEmpty() ? null : JsonText.write(json, facets));
    }

    /** The claim with its facets, as the fact analysis reads it. */
    public ArticleClaimsMessage.Claim toClaim(ObjectMapper json) {
        Facets facets = facetsJson == null ? new Facets(null, null, null, null, null) : JsonText.read(json, facetsJson, Facets.class);
        ArticleClaimsMessage.Attribution attribution = attributionJson == null ? null
                : JsonText.read(json, attributionJson, ArticleClaimsMessage.Attribution.class);
        ArticleClaimsMessage.Modality modalityFacet = modality == null && modalityCue == null ? null
                : new ArticleClaimsMessage.Modality(modality, modalityCue);
        return new ArticleClaimsMessage.Claim(id, text, new ArticleClaimsMessage.Span(spanStart, spanEnd), sentenceIndex, kind,
                facets.quantities(), facets.money(), facets.dates(), facets.entities(), attribution, modalityFacet,
                checkworthiness == null ? null : checkworthiness.doubleValue(), facets.slots());
    }
}
