package claimwatch.extract.claim;

import java.util.List;

import claimwatch.extract.attribution.Attribution;
import claimwatch.extract.date.DateMention;
import claimwatch.extract.entity.Entity;
import claimwatch.extract.modality.Modality;
import claimwatch.extract.modality.ModalityReading;
import claimwatch.extract.money.Money;
import claimwatch.extract.quantity.Quantity;

/**
 * How much a claim is worth checking, from 0 to 1: specific figures, named sources and named actors raise it;
 * a bare small count or a short sentence lowers it. A transparent heuristic for dashboards to hide trivia; the
 * weights are a starting point to tune against reader feedback.
 */
final class Checkworthiness {

    private Checkworthiness() {
    }

    static double score(String sentence, List<Quantity> quantities, List<Money> money, List<DateMention> dates, List<Entity> entities,
            Attribution attribution, ModalityReading modality) {
        double score = 0.15;
        score += money.isEmpty() ? 0 : 0.30;
        score += quantities.stream().anyMatch(q -> q.value() >= 3 || q.unit() != null) ? 0.20 : quantities.isEmpty() ? 0 : 0.05;
        score += dates.isEmpty() ? 0 : 0.10;
        score += attribution == null ? 0 : 0.10;
        score += entities.isEmpty() ? 0 : Math.min(0.10, 0.04 * entities.size());
        // A denial or an allegation is exactly what readers want checked.
        score += modality.value() == Modality.NEGATED || modality.value() == Modality.HEDGED ? 0.05 : 0;
        score -= sentence.length() < 40 ? 0.10 : 0;
        return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
    }
}
