package claimwatch.extract.claim;

import java.util.List;

import claimwatch.extract.attribution.Attribution;
import claimwatch.extract.date.DateMention;
import claimwatch.extract.entity.Entity;
import claimwatch.extract.modality.ModalityReading;
import claimwatch.extract.money.Money;
import claimwatch.extract.quantity.Quantity;
import claimwatch.extract.sentence.Span;
import claimwatch.extract.slot.Slot;

/** A factual assertion an article makes: its sentence, what it counts, costs and dates, who says it and how firmly. */
public record Claim(
        String id,
        String text,
        Span span,
        int sentenceIndex,
        ClaimKind kind,
        List<Quantity> quantities,
        List<Money> money,
        List<DateMention> dates,
        List<Entity> entities,
        Attribution attribution,
        ModalityReading modality,
        double checkworthiness,
        List<Slot> slots) {
}
