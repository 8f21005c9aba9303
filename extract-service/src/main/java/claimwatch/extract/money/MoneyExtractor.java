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

    private static Found at(Tokens tokens, int i) {
        if (!mayStart(tokens, i)) {
            return null;
        }
        boolean between = tokens.is(i, "between");
        boolean pair = between || tokens.is(i, "from") && !NumberParser.isChange(tokens, i - 1);
        int first = pair ? i + 1 : i;
        Optional<CurrencyMatch> prefix = Currencies.before(tokens, first);
        Optional<Numeral> lowerRead = Numerals.read(tokens, prefix.map(CurrencyMatch::end).orElse(first));
        if (lowerRead.isEmpty()) {
            return null;
        }
        Numeral lower = lowerRead.get();
        Numeral upper = upperBound(tokens, lower, prefix.isPresent(), pair ? (between ? "and" : "to") : null, i);
        if (pair && upper == null) {
            return null;
        }
        int end = upper == null ? lower.end() : upper.end();
        String code;
        if (prefix.isPresent()) {
            code = prefix.get().code();
        } else {
            Optional<CurrencyMatch> suffix = Currencies.after(tokens, end);
            if (suffix.isEmpty() || IdentifierFilter.isIdentifier(tokens, lower)) {
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

    // One cheap test per token before any reading: most words cannot begin an amount of money.
    private static boolean mayStart(Tokens tokens, int i) {
        if (tokens.kind(i) == Tokens.Kind.SYMBOL) {
            return Currencies.isSign(tokens.text().charAt(tokens.start(i)));
        }
        return tokens.isCapitalised(i) || Numerals.mayStartOrOpenRangeAt(tokens, i);
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
