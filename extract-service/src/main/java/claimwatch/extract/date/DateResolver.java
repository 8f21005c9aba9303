package claimwatch.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns a date candidate into its value ("2024-03-12", "2023-03", "2022") against the publication date; null when it
 * depends on a publication date that is unknown, or cannot be told apart ("05/06/2024" with no date to compare).
 */
final class DateResolver {

    // How many days after publication a date without a year may fall and still be read as past ("on Oct. 3").
    private static final int GRACE_DAYS = 2;

    private DateResolver() {
    }

    static String value(DateCandidate date, DateRole role, Tense tense, OffsetDateTime publishedAt) {
        if (date.kind() == DateCandidate.Kind.FIXED) {
            return format(date.year(), date.month(), date.day());
        }
        if (date.kind() == DateCandidate.Kind.UNANCHORED) {
            return null;
        }
        if (date.kind() == DateCandidate.Kind.AMBIGUOUS_NUMERIC) {
            return ambiguous(date, publishedAt);
        }
        if (publishedAt == null) {
            return null;
        }
        LocalDate published = publishedAt.toLocalDate();
        int offset = date.offset();
        return switch (date.kind()) {
            case NO_YEAR -> date.day() > 0 ? dayWithoutYear(date, role, tense, published)
                    : monthWithoutYear(date, role, tense, published);
            case YEAR_FROM_PUBLISHED -> format(published.getYear() + offset, date.month(), date.day());
            case DAYS_FROM_PUBLISHED -> published.plusDays(offset).toString();
            case HOURS_FROM_PUBLISHED -> publishedAt.plusHours(offset).toLocalDate().toString();
            case WEEKS_FROM_PUBLISHED -> YearMonth.from(published.plusWeeks(offset)).toString();
            case MONTHS_FROM_PUBLISHED -> YearMonth.from(published).plusMonths(offset).toString();
            case YEARS_FROM_PUBLISHED -> Integer.toString(published.getYear() + offset);
            case WEEKDAY -> weekday(DayOfWeek.of(date.day()), offset,
                    role == DateRole.DEADLINE ? Tense.FUTURE : tense, published).toString();
            case SEASON -> season(date, published);
            default -> null;
        };
    }

    // The year of publication, or the one before for a past event that would otherwise fall after publication, or
    // the one after for a future event or deadline that would otherwise fall before it.
    private static String dayWithoutYear(DateCandidate date, DateRole role, Tense tense, LocalDate published) {
        int year = published.getYear();
        if (!NumericDates.valid(year, date.month(), date.day())) {
            year = date.month() == 2 && date.day() == 29 ? year - year % 4 : year;
        }
        LocalDate candidate = LocalDate.of(year, date.month(), date.day());
        long ahead = ChronoUnit.DAYS.between(published, candidate);
        if (isPast(role, tense) && ahead > GRACE_DAYS) {
            candidate = candidate.minusYears(1);
        } else if (isFuture(role, tense) && ahead < -GRACE_DAYS) {
            candidate = candidate.plusYears(1);
        }
        return candidate.toString();
    }

    private static String monthWithoutYear(DateCandidate date, DateRole role, Tense tense, LocalDate published) {
        YearMonth now = YearMonth.from(published);
        YearMonth candidate = YearMonth.of(published.getYear(), date.month());
        if (date.offset() < 0) {
            return (candidate.isBefore(now) ? candidate : candidate.minusYears(1)).toString();
        }
        if (date.offset() > 0) {
            return (candidate.isAfter(now) ? candidate : candidate.plusYears(1)).toString();
        }
        if (isPast(role, tense) && candidate.isAfter(now)) {
            return candidate.minusYears(1).toString();
        }
        if (isFuture(role, tense) && candidate.isBefore(now)) {
            return candidate.plusYears(1).toString();
        }
        return candidate.toString();
    }

    // A deadline lies ahead even in a past-tense sentence: "the hearing was adjourned until July 4".
    private static boolean isPast(DateRole role, Tense tense) {
        return tense == Tense.PAST && role != DateRole.DEADLINE || role == DateRole.SINCE;
    }

    private static boolean isFuture(DateRole role, Tense tense) {
        return tense == Tense.FUTURE || role == DateRole.DEADLINE;
    }

    // A season is named by the year it begins in: the winter of 2023/24 is 2023.
    private static String season(DateCandidate date, LocalDate published) {
        YearMonth now = YearMonth.from(published);
        YearMonth start = YearMonth.of(published.getYear(), date.month());
        if (date.offset() < 0) {
            while (!start.plusMonths(3).isBefore(now.plusMonths(1))) {
                start = start.minusYears(1);
            }
        } else if (date.offset() > 0) {
            while (!start.isAfter(now)) {
                start = start.plusYears(1);
            }
        } else if (date.month() == 12 && published.getMonthValue() <= 2) {
            start = start.minusYears(1);
        }
        return Integer.toString(start.getYear());
    }

    private static LocalDate weekday(DayOfWeek day, int offset, Tense tense, LocalDate published) {
        if (offset > 0) {
            return published.with(TemporalAdjusters.next(day));
        }
        if (offset < 0) {
            return published.with(TemporalAdjusters.previous(day));
        }
        return published.with(tense == Tense.FUTURE ? TemporalAdjusters.nextOrSame(day)
                : TemporalAdjusters.previousOrSame(day));
    }

    private static String ambiguous(DateCandidate date, OffsetDateTime publishedAt) {
        LocalDate dayFirst = LocalDate.of(date.year(), date.day(), date.month());
        LocalDate monthFirst = LocalDate.of(date.year(), date.month(), date.day());
        if (publishedAt == null) {
            return null;
        }
        LocalDate published = publishedAt.toLocalDate();
        long dayFirstDistance = Math.abs(ChronoUnit.DAYS.between(published, dayFirst));
        long monthFirstDistance = Math.abs(ChronoUnit.DAYS.between(published, monthFirst));
        return (dayFirstDistance <= monthFirstDistance ? dayFirst : monthFirst).toString();
    }

    private static String format(int year, int month, int day) {
        if (month == 0) {
            return Integer.toString(year);
        }
        if (day == 0) {
            return YearMonth.of(year, month).toString();
        }
        return NumericDates.valid(year, month, day) ? LocalDate.of(year, month, day).toString() : null;
    }
}
