package claimwatch.extract.quantity;

import java.util.Optional;

import claimwatch.extract.number.Numeral;
import claimwatch.extract.number.Numerals;
import claimwatch.extract.number.Qualifier;
import claimwatch.extract.number.QualifierPhrase;
import claimwatch.extract.number.Qualifiers;
import claimwatch.extract.number.Tokens;
import claimwatch.extract.number.UnitMatch;
import claimwatch.extract.number.Units;
import claimwatch.extract.sentence.Span;

/** Durations written in parts, as one quantity in the smallest unit: "2:07:58" seconds, "4 hours 11 minutes" minutes. */
final class CompoundDurations {

    static final String SECONDS = "seconds";
    static final String MINUTES = "minutes";
    private static final String TIME_KEY = "time";

    /** The value in minutes and the token after "N hours M minutes" or "two hours thirty". */
    record Extension(double minutes, int end) {
    }

    private CompoundDurations() {
    }

    /** A race-style time "2:07:58" starting at token i: hours, minutes and seconds, in seconds. */
    static Optional<Quantity> clockDuration(Tokens tokens, int i) {
        if (!isGroup(tokens, i, 1, 2) || !joined(tokens, i + 1) || !isGroup(tokens, i + 2, 2, 2)
                || !joined(tokens, i + 3) || !isGroup(tokens, i + 4, 2, 2)
                || tokens.isSymbol(i - 1, ':') || tokens.isSymbol(i + 5, ':')) {
            return Optional.empty();
        }
        int minutes = parse(tokens, i + 2);
        int seconds = parse(tokens, i + 4);
        if (minutes > 59 || seconds > 59) {
            return Optional.empty();
        }
        double value = parse(tokens, i) * 3600.0 + minutes * 60 + seconds;
        Optional<QualifierPhrase> qualifier = Qualifiers.before(tokens, i);
        int start = qualifier.map(QualifierPhrase::start).orElse(i);
        Span span = new Span(tokens.start(start), tokens.end(i + 4));
        return Optional.of(new Quantity(span.of(tokens.text()), span, value, null, SECONDS, null, TIME_KEY,
                qualifier.map(QualifierPhrase::qualifier).orElse(Qualifier.EXACT)));
    }

    /** Minutes after a number of hours at token i: "4 hours 11 minutes", "two hours thirty". */
    static Optional<Extension> minutesAfterHours(Tokens tokens, int i, double hours) {
        int at = tokens.is(i, "and") ? i + 1 : i;
        Optional<Numeral> minutes = Numerals.read(tokens, at);
        if (minutes.isEmpty() || minutes.get().value() >= 60 || minutes.get().scaled()) {
            return Optional.empty();
        }
        double total = hours * 60 + minutes.get().value();
        Optional<UnitMatch> unit = Units.at(tokens, minutes.get().end());
        if (unit.isPresent()) {
            return unit.get().unit().equals(MINUTES) ? Optional.of(new Extension(total, unit.get().end()))
                    : Optional.empty();
        }
        boolean spokenMinutes = minutes.get().spelledOut() && !tokens.isWord(minutes.get().end());
        return spokenMinutes ? Optional.of(new Extension(total, minutes.get().end())) : Optional.empty();
    }

    private static boolean isGroup(Tokens tokens, int i, int minDigits, int maxDigits) {
        if (!tokens.isNumber(i) || tokens.length(i) < minDigits || tokens.length(i) > maxDigits) {
            return false;
        }
        for (int k = tokens.start(i); k < tokens.end(i); k++) {
            if (!Character.isDigit(tokens.text().charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean joined(Tokens tokens, int colon) {
        return tokens.isSymbol(colon, ':') && tokens.attached(colon) && tokens.attached(colon + 1);
    }

    private static int parse(Tokens tokens, int i) {
        return Integer.parseInt(tokens.text(), tokens.start(i), tokens.end(i), 10);
    }
}
