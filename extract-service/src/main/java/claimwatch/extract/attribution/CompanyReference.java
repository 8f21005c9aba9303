package claimwatch.extract.attribution;

import java.util.Optional;
import java.util.Set;

import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.EntityType;
import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.OrganisationWords;

/**
 * "according to the company", "The company said": a definite company noun refers to the organisation last named
 * in this sentence or the two before (outlets aside, since an outlet reporting is not "the company").
 */
final class CompanyReference {

    private static final Set<String> NOUNS = Lexicon.of("company", "firm", "shipbuilder", "builder", "manufacturer",
            "operator", "carrier", "airline", "lender", "insurer", "retailer", "developer", "contractor", "shipyard",
            "yard", "group", "bank");

    private static final int SENTENCES_BACK = 2;

    private CompanyReference() {
    }

    /** The organisation "the company" at [from, to) refers to, if that is what the phrase is. */
    static Optional<Entity> of(SentenceView view, int from, int to) {
        if (to - from != 2 || !view.is(from, "the") || !NOUNS.contains(view.token(from + 1).lower())) {
            return Optional.empty();
        }
        Entity found = lastOrganisation(view, from);
        SentenceView earlier = view.previous();
        for (int back = 0; found == null && earlier != null && back < SENTENCES_BACK; back++) {
            found = lastOrganisation(earlier, earlier.size());
            earlier = earlier.previous();
        }
        return Optional.ofNullable(found);
    }

    private static Entity lastOrganisation(SentenceView view, int before) {
        for (int k = before - 1; k >= 0; k--) {
            Entity entity = view.entity(k);
            if (entity != null && entity.type() == EntityType.ORGANISATION
                    && !OrganisationWords.looksLikeOutlet(entity.canonical())) {
                return entity;
            }
        }
        return null;
    }
}
