package claimwatch.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import claimwatch.extract.date.DateExtractor;
import claimwatch.extract.money.Money;
import claimwatch.extract.money.MoneyExtractor;
import claimwatch.extract.number.NumberMatch;
import claimwatch.extract.number.NumberParser;
import claimwatch.extract.number.Tokens;
import claimwatch.extract.sentence.Span;

/**
 * Finds counts and measures ("600 jobs", "five to seven years", "23%", "twice as many cars", "2:07:58"), leaving out
 * numbers that are money or dates, which their own extractors report, and numbers that name or label something.
 */
public final class QuantityExtractor {

    private final NumberParser numbers = new NumberParser();
    private final MoneyExtractor money = new MoneyExtractor();
    private final DateExtractor dates = new DateExtractor();

    public List<Quantity> extract(String sentence) {
        return extract(Tokens.of(sentence));
    }

    public List<Quantity> extract(Tokens tokens) {
        List<Span> taken = new ArrayList<>();
        for (Money amount : money.extract(tokens)) {
            taken.add(amount.span());
        }
        taken.addAll(dates.spans(tokens));
        return extract(tokens, taken);
    }

    /** The quantities outside the taken spans, for a caller that already has the money and date spans. */
    public List<Quantity> extract(Tokens tokens, List<Span> taken) {
        List<Span> occupied = new ArrayList<>(taken);
        List<Quantity> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isNumber(i) || tokens.is(i, "a")) {
                Optional<Quantity> special = tokens.isNumber(i) ? CompoundDurations.clockDuration(tokens, i)
                        : FractionPercents.at(tokens, i);
                special.filter(quantity -> !overlapsAny(quantity.span(), occupied)).ifPresent(quantity -> {
                    found.add(quantity);
                    occupied.add(quantity.span());
                });
            }
        }
        for (NumberMatch number : numbers.matches(tokens)) {
            if (overlapsAny(number.span(tokens), occupied)) {
                continue;
            }
            Optional<Quantity> quantity = QuantityReader.read(tokens, number);
            if (quantity.isPresent() && !overlapsAny(quantity.get().span(), occupied)) {
                found.add(quantity.get());
                occupied.add(quantity.get().span());
            }
        }
        found.sort(Comparator.comparingInt(quantity -> quantity.span().start()));
        return found;
    }

    private static boolean overlapsAny(Span span, List<Span> taken) {
        for (Span other : taken) {
            if (span.start() < other.end() && other.start() < span.end()) {
                return true;
            }
        }
        return false;
    }
}
