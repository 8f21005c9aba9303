package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import claimwatch.api.claim.ArticleClaimsMessage;

/**
 * Reads the slot values of a story's claims. Negated and conditional claims support nothing; hedged ones do. A claim
 * giving two incompatible values for one slot ("told Meridian Wire on Monday that the first ferry enters service in
 * 2027") is ambiguous and weak: it may support a fact others establish but starts no conflict. A claim reporting
 * another source's figure whose source is not a known outlet ("some reports put it at €520m") is weak too, and the
 * publication date in a citing claim ("a report published by the Daily Klaxon on Monday") dates the cited report,
 * so it is no value of any fact.
 */
final class ClaimObservations {

    private final SlotNormalizer normalizer = new SlotNormalizer();
    private final OutletNames outlets;

    ClaimObservations(OutletNames outlets) {
        this.outlets = outlets;
    }

    List<Observation> of(StoryClaim storyClaim) {
        ArticleClaimsMessage.Claim claim = storyClaim.claim();
        if (claim.slots() == null || claim.slots().isEmpty() || !supports(claim.modality())) {
            return List.of();
        }
        Citation citation = citation(storyClaim);
        Map<String, List<Observation>> bySlot = new LinkedHashMap<>();
        for (ArticleClaimsMessage.Slot slot : claim.slots()) {
            Observation observation = observation(storyClaim, slot, citation);
            if (observation != null) {
                bySlot.computeIfAbsent(observation.slot().slot(), s -> new ArrayList<>()).add(observation);
            }
        }
        List<Observation> result = new ArrayList<>();
        for (List<Observation> same : bySlot.values()) {
            result.addAll(disambiguate(same));
        }
        return result;
    }

    private static boolean supports(ArticleClaimsMessage.Modality modality) {
        return modality == null || !("negated".equals(modality.value()) || "conditional".equals(modality.value()));
    }

    private record Citation(List<String> cited, boolean citing) {
    }

    private Citation citation(StoryClaim storyClaim) {
        ArticleRef article = storyClaim.article();
        ArticleClaimsMessage.Attribution attribution = storyClaim.claim().attribution();
        if (article.duplicateOf() != null) {
            return new Citation(List.of(), false);
        }
        List<String> cited = new ArrayList<>();
        for (String outlet : outlets.mentionedIn(storyClaim.claim().text())) {
            addCited(cited, outlet, article.outlet());
        }
        if (attribution != null && attribution.speakers() != null) {
            for (String speaker : attribution.speakers()) {
                addCited(cited, outlets.outlet(speaker), article.outlet());
            }
        }
        boolean outletCitation = attribution != null && "outlet-citation".equals(attribution.kind());
        return new Citation(List.copyOf(cited), outletCitation || !cited.isEmpty());
    }

    private static void addCited(List<String> cited, String outlet, String own) {
        if (outlet != null && !OutletNames.same(outlet, own) && !cited.contains(outlet)) {
            cited.add(outlet);
        }
    }

    private Observation observation(StoryClaim storyClaim, ArticleClaimsMessage.Slot slot, Citation citation) {
        ArticleClaimsMessage.Claim claim = storyClaim.claim();
        NormalizedSlot normalized;
        ValueRange range;
        FactValue value;
        if ("quantities".equals(slot.facet()) && claim.quantities() != null && slot.index() < claim.quantities().size()) {
            ArticleClaimsMessage.Quantity quantity = claim.quantities().get(slot.index());
            normalized = normalizer.normalize(slot.key(), quantity.item(), quantity.unit(), null);
            range = ValueRange.number("number", quantity.unit(), quantity.value(), quantity.upper(), quantity.qualifier());
            value = FactValues.of(quantity);
        } else if ("money".equals(slot.facet()) && claim.money() != null && slot.index() < claim.money().size()) {
            ArticleClaimsMessage.Money money = claim.money().get(slot.index());
            if (money.currency() == null) {
                return null;
            }
            normalized = normalizer.normalize(slot.key(), null, null, null);
            range = ValueRange.number("money", money.currency(), money.amount(), money.upper(), money.qualifier());
            value = FactValues.of(money);
        } else if ("dates".equals(slot.facet()) && claim.dates() != null && slot.index() < claim.dates().size()) {
            ArticleClaimsMessage.DateMention date = claim.dates().get(slot.index());
            range = ValueRange.date(date.value());
            if (range == null) {
                return null;
            }
            normalized = normalizer.normalize(slot.key(), null, null, date.role());
            if (citation.citing() && normalized.slot().startsWith("date:publish")) {
                return null;
            }
            value = FactValues.of(date);
        } else {
            return null;
        }
        if (citation.citing() && citation.cited().isEmpty()) {
            normalized = normalized.weakened();
        }
        return new Observation(storyClaim, normalized, range, value, citation.cited(), citation.citing(), false);
    }

    /** One value per claim and slot: the narrowest of compatible ones; all weakened when they disagree. */
    private static List<Observation> disambiguate(List<Observation> same) {
        if (same.size() == 1) {
            return same;
        }
        Observation narrowest = same.get(0);
        boolean agree = true;
        for (Observation other : same) {
            agree &= other.range().compatible(narrowest.range());
            if (other.range().width() < narrowest.range().width()) {
                narrowest = other;
            }
        }
        if (agree) {
            return List.of(narrowest);
        }
        List<Observation> weakened = new ArrayList<>();
        for (Observation observation : same) {
            if (weakened.stream().noneMatch(o -> o.range().equals(observation.range()))) {
                weakened.add(observation.withSlot(observation.slot().weak() ? observation.slot() : observation.slot().weakened()));
            }
        }
        return weakened;
    }
}
