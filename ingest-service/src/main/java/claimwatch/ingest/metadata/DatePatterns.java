package claimwatch.ingest.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import claimwatch.ingest.clean.CalendarWords;

/** Absolute dates written out in a line: "11 March 2024", "March 11, 2024", "12 de marzo de 2024", "14. März 2024", "12/03/2024", ISO. */
final class DatePatterns {

    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)", CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", CASE);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\d./-])");
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    // A clock time with an explicit zone right after a date makes the mention exact: "March 15, 2024 11:32 AM GMT+1".
    private static final Pattern TIME_WITH_ZONE = Pattern.compile(
            "^[,\\s·|-]*(?:at\\s+|a las\\s+|à\\s+|um\\s+)?(\\d{1,2})[:.h](\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:(?:gmt|utc)\\s*([+−-]\\s*\\d{1,2}(?::?\\d{2})?)?|(z))(?![\\p{L}])", CASE);
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private DatePatterns() {
    }

    /** A found date and where it sits in the line. */
    record Found(OffsetDateTime dateTime, int start, int end, String text) {
    }

    static List<Found> find(String line) {
        List<Found> found = new ArrayList<>();
        collect(found, line, DAY_MONTH_YEAR, m -> date(m.group(3), CalendarWords.month(m.group(2)), m.group(1)));
        collect(found, line, MONTH_DAY_YEAR, m -> date(m.group(3), CalendarWords.month(m.group(1)), m.group(2)));
        collect(found, line, NUMERIC, DatePatterns::numeric);
        Matcher iso = ISO.matcher(line);
        while (iso.find()) {
            iso(iso).ifPresent(dateTime -> found.add(new Found(dateTime, iso.start(), iso.end(), iso.group())));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void collect(List<Found> found, String line, Pattern pattern, Function<Matcher, Optional<LocalDate>> reader) {
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
            Optional<LocalDate> date = reader.apply(matcher);
            if (date.isPresent() && found.stream().noneMatch(other -> other.start() < matcher.end() && matcher.start() < other.end())) {
                found.add(new Found(withTime(date.get(), line.substring(matcher.end())), matcher.start(), matcher.end(), matcher.group()));
            }
        }
    }

    private static Optional<LocalDate> date(String year, Optional<Integer> month, String day) {
        return month.flatMap(number -> of(Integer.parseInt(year), number, Integer.parseInt(day)));
    }

    /** Day first, as in most of the world, unless the second number cannot be a month. */
    private static Optional<LocalDate> numeric(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        return second > 12 ? of(year, first, second) : of(year, second, first);
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static OffsetDateTime withTime(LocalDate date, String after) {
        Matcher time = TIME_WITH_ZONE.matcher(after);
        if (!time.find()) {
            return date.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        int hour = Integer.parseInt(time.group(1)) % 24;
        String half = time.group(3) == null ? "" : time.group(3).toLowerCase().replace(".", "");
        hour = half.equals("pm") && hour < 12 ? hour + 12 : half.equals("am") && hour == 12 ? 0 : hour;
        ZoneOffset offset = time.group(4) == null ? ZoneOffset.UTC : Timestamps.offset(time.group(4));
        return date.atTime(LocalTime.of(hour, Integer.parseInt(time.group(2)) % 60)).atOffset(offset);
    }

    private static Optional<OffsetDateTime> iso(Matcher m) {
        Optional<LocalDate> date = of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (date.isEmpty() || m.group(4) == null) {
            return date.map(day -> day.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        ZoneOffset offset = m.group(7) == null ? ZoneOffset.UTC : Timestamps.offset(m.group(7));
        return Optional.of(date.get().atTime(hour, minute, second).atOffset(offset));
    }
}
