package claimwatch.ingest.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the timestamps pages put in metadata, which are ISO-8601 with or without offset, date-only, or RFC 1123. */
final class Timestamps {

    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");

    private interface Reader {
        OffsetDateTime read(String text);
    }

    private static final List<Reader> READERS = List.of(
            text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            text -> LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC),
            text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().atOffset(ZoneOffset.UTC),
            text -> OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));

    private Timestamps() {
    }

    static Optional<OffsetDateTime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = SPACE_BEFORE_TIME.matcher(value.strip()).replaceFirst("$1T$2");
        text = OFFSET_WITHOUT_COLON.matcher(text).replaceFirst("$1:$2");
        for (Reader reader : READERS) {
            try {
                return Optional.of(reader.read(text));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return DatePatterns.find(text).stream().findFirst().map(DatePatterns.Found::dateTime);
    }

    static ZoneOffset offset(String text) {
        String cleaned = text.replace("−", "-").replaceAll("\\s", "");
        if (cleaned.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        String sign = cleaned.substring(0, 1);
        String digits = cleaned.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int direction = sign.equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(direction * Math.min(hours, 18), direction * Math.min(minutes, 59));
    }
}
