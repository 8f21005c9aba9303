package claimwatch.api.page;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

import claimwatch.api.problem.InvalidParameterException;

/** Where a page ends, in a keyset (time, id); opaque to clients. */
public record Cursor(Instant at, String id) {

    private static final String VERSION = "v1";

    public String encode() {
        String plain = VERSION + '|' + at + '|' + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor from a query parameter; absent when the parameter is; 400 on anything that is not one of ours. */
    public static Optional<Cursor> decode(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return Optional.empty();
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(parameter), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(VERSION) || parts[2].isEmpty()) {
                throw invalid();
            }
            return Optional.of(new Cursor(Instant.parse(parts[1]), parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException("cursor", "is not a cursor from a previous page; start again without it");
    }
}
