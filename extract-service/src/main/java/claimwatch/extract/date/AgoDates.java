package claimwatch.extract.date;

import java.util.Optional;

import claimwatch.extract.date.DateCandidate.Kind;
import claimwatch.extract.number.Numeral;
import claimwatch.extract.number.Numerals;
import claimwatch.extract.number.Tokens;

/** Reads dates counted back from publication: "three years ago", "a week ago", "2 hours ago". */
final class AgoDates {

    private AgoDates() {
    }

    /** "three years ago", "a week ago", "2 hours ago". */
    static Optional<DateCandidate> at(Tokens tokens, int i) {
        int amount;
        int unitAt;
        if (tokens.is(i, "a") || tokens.is(i, "an")) {
            amount = 1;
            unitAt = i + 1;
        } else {
            Optional<Numeral> numeral = Numerals.read(tokens, i);
            if (numeral.isEmpty() || numeral.get().value() != Math.rint(numeral.get().value())
                    || numeral.get().value() > 10_000) {
                return Optional.empty();
            }
            amount = (int) numeral.get().value();
            unitAt = numeral.get().end();
        }
        String unit = unitWord(tokens, unitAt);
        if (unit == null || !tokens.is(unitAt + 1, "ago")) {
            return Optional.empty();
        }
        int end = unitAt + 2;
        return Optional.of(switch (unit) {
            case "hour" -> DateCandidate.relative(i, end, Kind.HOURS_FROM_PUBLISHED, Granularity.DAY, -amount);
            case "day" -> DateCandidate.relative(i, end, Kind.DAYS_FROM_PUBLISHED, Granularity.DAY, -amount);
            case "week" -> DateCandidate.relative(i, end, Kind.DAYS_FROM_PUBLISHED, Granularity.DAY, -7 * amount);
            case "month" -> DateCandidate.relative(i, end, Kind.MONTHS_FROM_PUBLISHED, Granularity.MONTH, -amount);
            default -> DateCandidate.relative(i, end, Kind.YEARS_FROM_PUBLISHED, Granularity.YEAR, -amount);
        });
    }

    static String withoutPossessive(String lower) {
        return lower.endsWith("'s") || lower.endsWith("\u2019s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /** "hour", "day", "week", "month" or "year" for token i in singular, plural or possessive form, else null. */
    static String unitWord(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return null;
        }
        String lower = withoutPossessive(tokens.lower(i));
        if (lower.endsWith("s")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return switch (lower) {
            case "hour", "day", "week", "month", "year" -> lower;
            default -> null;
        };
    }
}
