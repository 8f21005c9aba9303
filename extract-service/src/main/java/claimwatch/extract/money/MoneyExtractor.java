package claimwatch.extract.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import claimwatch.extract.number.IdentifierFilter;
import claimwatch.extract.number.NumberParser;
import claimwatch.extract.number.Numeral;
import claimwatch.extract.number.Numerals;
import claimwatch.extract.number.Qualifier;
import claimwatch.extract.number.QualifierPhrase;
import claimwatch.extract.number.Qualifiers;
import claimwatch.extract.number.Tokens;
import claimwatch.extract.sentence.Span;

/**
 * Finds amounts of money: a currency symbol or code before the number ("€430 million", "US$3m", "NOK 640 million") or
 * a currency word after it ("12 million rubles"), with scales, ranges and qualifiers, normalised to ISO 4217.
 */
public final class MoneyExtractor {

    private record Found(Money money, int end) {
    }

    public List<Money> extract(String sentence) {
        return extract(Tokens.of(sentence));
    }

    /** The amounts in a sentence; computed once per Tokens and shared with other extractors. */
    public List<Money> extract(Tokens tokens) {
        return tokens.shared(MoneyExtractor.class, MoneyExtractor::scan);
    }

    private static List<Money> scan(Tokens tokens) {
        List<Money> found = new ArrayList<>(2);
        int i = 0;
        while (i < tokens.size()) {
            Found money = at(tokens, i);
            if (money == null) {
                i++;
            } else {
                found.add(money.money());
                i = money.end();
            }
        }
        return List.copyOf(found);
    }

    /** The amount whose number starts at token n, with the currency mark and the words before it. */
    private static Found at(Tokens tokens, int n) {
        if (!Numerals.mayStartAt(tokens, n)) {
            return null;
        }
        Optional<Numeral> lowerRead = Numerals.read(tokens, n);
        if (lowerRead.isEmpty()) {
            return null;
        }
        Optional<CurrencyMatch> prefix = Currencies.endingAt(tokens, n);
        int first = prefix.map(CurrencyMatch::start).orElse(n);
        boolean between = tokens.is(first - 1, "between");
        boolean pair = between || tokens.is(first - 1, "from") && !NumberParser.isChange(tokens, first - 2);
        Numeral lower = lowerRead.get();
        Numeral upper = upperBound(tokens, lower, prefix.isPresent(), pair ? (between ? "and" : "to") : null, first);
        if (pair && upper == null) {
            // "a gap between €5m and the rest": no range, just the amount.
            pair = false;
            upper = upperBound(tokens, lower, prefix.isPresent(), null, first);
        }
        int i = pair ? first - 1 : first;
        int end = upper == null ? lower.end() : upper.end();
        String code;
        if (prefix.isPresent()) {
            code = prefix.get().code();
        } else {
            Optional<CurrencyMatch> suffix = Currencies.after(tokens, end);
            if (suffix.isEmpty() || IdentifierFilter.isLabel(tokens, lower)) {
                return null;
            }
            code = suffix.get().code();
            end = suffix.get().end();
        }
        int start = i;
        Qualifier qualifier = Qualifier.RANGE;
        if (upper == null) {
            Optional<QualifierPhrase> before = Qualifiers.before(tokens, i);
            Optional<QualifierPhrase> after = before.isPresent() ? Optional.empty() : Qualifiers.after(tokens, end);
            qualifier = before.or(() -> after).map(QualifierPhrase::qualifier).orElse(Qualifier.EXACT);
            start = before.map(QualifierPhrase::start).orElse(i);
            end = after.map(QualifierPhrase::end).orElse(end);
        }
        Span span = new Span(tokens.start(start), tokens.end(end - 1));
        double amount = upper == null ? lower.value() : lower.lowerBoundFor(upper);
        Money money = new Money(span.of(tokens.text()), span, amount, upper == null ? null : upper.value(), code,
                qualifier);
        return new Found(money, end);
    }

    /** The upper bound of "€300-400 million", "$1m to $2m", "between €1m and €2m"; null when there is none. */
    private static Numeral upperBound(Tokens tokens, Numeral lower, boolean prefixed, String pairJoiner, int start) {
        int connector;
        if (pairJoiner != null) {
            connector = tokens.is(lower.end(), pairJoiner) ? lower.end() + 1 : -1;
        } else if (tokens.is(lower.end(), "to") && NumberParser.followsChangeFrom(tokens,
                Qualifiers.before(tokens, start).map(QualifierPhrase::start).orElse(start))) {
            connector = -1;
        } else {
            connector = NumberParser.rangeConnector(tokens, lower.end());
        }
        if (connector < 0) {
            return null;
        }
        if (prefixed) {
            connector = Currencies.before(tokens, connector).map(CurrencyMatch::end).orElse(connector);
        }
        Optional<Numeral> upper = Numerals.read(tokens, connector);
        if (upper.isEmpty() || lower.lowerBoundFor(upper.get()) >= upper.get().value()) {
            return null;
        }
        return upper.get();
    }
}
