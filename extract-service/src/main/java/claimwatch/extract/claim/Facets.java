package claimwatch.extract.claim;

import java.util.List;

import claimwatch.extract.date.DateMention;
import claimwatch.extract.entity.Entity;
import claimwatch.extract.money.Money;
import claimwatch.extract.quantity.Quantity;

/** Moves facet spans from sentence offsets to article offsets, which is what claims messages carry. */
final class Facets {

    private Facets() {
    }

    static List<Quantity> shiftQuantities(List<Quantity> quantities, int offset) {
        return quantities.stream().map(q -> new Quantity(q.text(), q.span().shift(offset), q.value(), q.upper(), q.unit(), q.item(), q.key(),
                q.qualifier())).toList();
    }

    static List<Money> shiftMoney(List<Money> amounts, int offset) {
        return amounts.stream().map(m -> new Money(m.text(), m.span().shift(offset), m.amount(), m.upper(), m.currency(), m.qualifier())).toList();
    }

    static List<DateMention> shiftDates(List<DateMention> dates, int offset) {
        return dates.stream().map(d -> new DateMention(d.text(), d.span().shift(offset), d.value(), d.granularity(), d.role())).toList();
    }

    static List<Entity> shiftEntities(List<Entity> entities, int offset) {
        return entities.stream().map(e -> new Entity(e.text(), e.span().shift(offset), e.canonical(), e.type())).toList();
    }
}
