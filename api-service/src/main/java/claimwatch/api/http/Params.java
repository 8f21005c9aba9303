package claimwatch.api.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import claimwatch.api.problem.InvalidParameterException;
import claimwatch.api.problem.NotFoundException;

/** Reads optional query parameters, answering 400 with the parameter's name when one cannot be used as sent. */
public final class Params {

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");

    private Params() {
    }

    /** A value from a closed list, e.g. {@code kind=money}. */
    public static Optional<String> oneOf(String name, String value, List<String> allowed) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        if (!allowed.contains(value)) {
            throw new InvalidParameterException(name, "must be one of " + String.join(", ", allowed));
        }
        return Optional.of(value);
    }

    /** A number from 0 to 1, e.g. {@code minCheckworthiness=0.6}. */
    public static Optional<Double> fraction(String name, String value) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        try {
            double fraction = Double.parseDouble(value.strip());
            if (fraction >= 0 && fraction <= 1) {
                return Optional.of(fraction);
            }
        } catch (NumberFormatException e) {
            // answered below with the allowed range
        }
        throw new InvalidParameterException(name, "must be a number from 0 to 1");
    }

    /** Free text of at most {@code maxLength} characters; blank counts as absent. */
    public static Optional<String> text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            throw new InvalidParameterException(name, "must be at most " + maxLength + " characters");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidParameterException(name, "must not contain NUL characters");
        }
        return Optional.of(value.strip());
    }

    /** An identifier (letters, digits, - and _); its existence is checked by the caller. */
    public static Optional<String> id(String name, String value) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        if (!ID.matcher(value).matches()) {
            throw new InvalidParameterException(name, "is not an identifier");
        }
        return Optional.of(value);
    }

    /** A path identifier: one that cannot be an id names nothing, so it is answered like an unknown one. */
    public static String pathId(String what, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new NotFoundException("No " + what + " " + value);
        }
        return value;
    }

    /**
     * An ISO-8601 instant ({@code 2024-03-12T06:00:00Z}, any offset) or a date ({@code 2024-03-12}, UTC). A date starts
     * at its first instant; with {@code wholeDay} (for exclusive upper bounds) it ends after its last.
     */
    public static Optional<Instant> instant(String name, String value, boolean wholeDay) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return Optional.of((wholeDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be an ISO-8601 instant (2024-03-12T06:00:00Z) or date (2024-03-12)");
        }
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isEmpty();
    }
}
