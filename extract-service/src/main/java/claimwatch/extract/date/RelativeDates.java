package claimwatch.extract.date;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.date.DateCandidate.Kind;
import claimwatch.extract.number.Tokens;

/**
 * Reads dates relative to the publication date: "yesterday", "on Tuesday", "last Tuesday", "last week", "this month",
 * "next year", "three years ago".
 */
final class RelativeDates {

    private static final Map<String, Integer> DAYS = Map.of("yesterday", -1, "today", 0, "tomorrow", 1);
    private static final Map<String, Integer> DIRECTIONS = Map.of("last", -1, "this", 0, "next", 1);
    private static final Map<String, Integer> SEASONS = Map.of("spring", 3, "summer", 6, "autumn", 9, "fall", 9,
            "winter", 12);
    // "today" names a day only after a preposition ("waited three years for today"); alone it means "nowadays".
    private static final Set<String> BEFORE_TODAY = Set.of("for", "until", "since", "on", "from", "before", "after",
            "by", "till");
    private static final Set<String> PART_OF = Set.of("end", "start", "beginning", "middle", "close", "turn");
    private static final Set<String> OTHER_DAY = Set.of("next", "following", "previous");

    private RelativeDates() {
    }

    static Set<String> cues() {
        Set<String> cues = new java.util.HashSet<>(DAYS.keySet());
        cues.addAll(DIRECTIONS.keySet());
        cues.add("the");
        return cues;
    }

    static Optional<DateCandidate> at(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return tokens.isNumber(i) ? AgoDates.at(tokens, i) : Optional.empty();
        }
        String lower = tokens.lower(i);
        Integer days = DAYS.get(lower);
        if (days != null) {
            boolean today = lower.equals("today");
            if (today && !(tokens.isWord(i - 1) && BEFORE_TODAY.contains(tokens.lower(i - 1)))) {
                return Optional.empty();
            }
            return Optional.of(DateCandidate.relative(i, i + 1, Kind.DAYS_FROM_PUBLISHED, Granularity.DAY, days));
        }
        if (lower.equals("the")) {
            return partOfThisPeriod(tokens, i).or(() -> otherDay(tokens, i));
        }
        Integer direction = DIRECTIONS.get(lower);
        if (direction != null) {
            Optional<DateCandidate> directed = directed(tokens, i, direction);
            if (directed.isPresent()) {
                return directed;
            }
        }
        DayOfWeek weekday = CalendarWords.weekday(tokens, i);
        // "every Friday", "a Thursday", "every Friday and Saturday": not one particular day.
        boolean joinedToEvery = (tokens.is(i - 1, "and") || tokens.is(i - 1, "or"))
                && CalendarWords.weekday(tokens, i - 2) != null && tokens.is(i - 3, "every");
        boolean particular = !tokens.is(i - 1, "every") && !tokens.is(i - 1, "each") && !tokens.is(i - 1, "a")
                && !joinedToEvery;
        if (weekday != null && particular) {
            return Optional.of(new DateCandidate(i, i + 1, Kind.WEEKDAY, 0, 0, weekday.getValue(),
                    Granularity.DAY, 0));
        }
        return AgoDates.at(tokens, i);
    }

    private static Optional<DateCandidate> directed(Tokens tokens, int i, int direction) {
        String unit = AgoDates.unitWord(tokens, i + 1);
        if (unit != null) {
            Kind kind = switch (unit) {
                case "week" -> Kind.WEEKS_FROM_PUBLISHED;
                case "month" -> Kind.MONTHS_FROM_PUBLISHED;
                case "year" -> Kind.YEARS_FROM_PUBLISHED;
                default -> null;
            };
            if (kind != null) {
                Granularity granularity = kind == Kind.YEARS_FROM_PUBLISHED ? Granularity.YEAR : Granularity.MONTH;
                return Optional.of(DateCandidate.relative(i, i + 2, kind, granularity, direction));
            }
        }
        DayOfWeek weekday = CalendarWords.weekday(tokens, i + 1);
        if (weekday != null) {
            return Optional.of(new DateCandidate(i, i + 2, Kind.WEEKDAY, 0, 0, weekday.getValue(), Granularity.DAY,
                    direction));
        }
        Integer season = tokens.isWord(i + 1) ? SEASONS.get(AgoDates.withoutPossessive(tokens.lower(i + 1))) : null;
        if (season != null) {
            return Optional.of(new DateCandidate(i, i + 2, Kind.SEASON, 0, season, 0, Granularity.YEAR, direction));
        }
        return Optional.empty();
    }

    /** "the end of the year", "the start of the month": the current year or month. */
    private static Optional<DateCandidate> partOfThisPeriod(Tokens tokens, int i) {
        if (!tokens.isWord(i + 1) || !PART_OF.contains(tokens.lower(i + 1)) || !tokens.is(i + 2, "of")
                || !tokens.is(i + 3, "the")) {
            return Optional.empty();
        }
        if (tokens.is(i + 4, "year")) {
            return Optional.of(DateCandidate.relative(i, i + 5, Kind.YEARS_FROM_PUBLISHED, Granularity.YEAR, 0));
        }
        if (tokens.is(i + 4, "month")) {
            return Optional.of(DateCandidate.relative(i, i + 5, Kind.MONTHS_FROM_PUBLISHED, Granularity.MONTH, 0));
        }
        return Optional.empty();
    }

    /** "the next day", "the day before": a day relative to another event, left unresolved. */
    private static Optional<DateCandidate> otherDay(Tokens tokens, int i) {
        boolean before = tokens.isWord(i + 1) && OTHER_DAY.contains(tokens.lower(i + 1)) && tokens.is(i + 2, "day");
        boolean after = tokens.is(i + 1, "day") && (tokens.is(i + 2, "before") || tokens.is(i + 2, "after"))
                && !tokens.isWord(i + 3);
        if (!before && !after) {
            return Optional.empty();
        }
        return Optional.of(DateCandidate.relative(i, i + 3, Kind.UNANCHORED, Granularity.DAY, 0));
    }

    /** -1, 0 or 1 for "last year", "this year", "next year" at token i; Integer.MIN_VALUE otherwise. */
    static int yearOffset(Tokens tokens, int i) {
        Integer direction = tokens.isWord(i) ? DIRECTIONS.get(tokens.lower(i)) : null;
        return direction != null && "year".equals(AgoDates.unitWord(tokens, i + 1)) ? direction : Integer.MIN_VALUE;
    }
}
