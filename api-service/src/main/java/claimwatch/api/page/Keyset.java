package claimwatch.api.page;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import claimwatch.api.problem.InvalidParameterException;

/**
 * The sort key of one listing: its scope (which listing, so a cursor cannot be replayed on another) and the types of
 * its key columns in order.
 */
public record Keyset(String scope, List<Type> types) {

    /** How a key column is written in a cursor. */
    public enum Type { INSTANT, INTEGER, DECIMAL, TEXT }

    public static Keyset of(String scope, Type... types) {
        return new Keyset(scope, List.of(types));
    }

    /** A cursor behind an item whose sort key is {@code keys}, in this keyset's order and types. */
    public Cursor after(Object... keys) {
        if (keys.length != types.size()) {
            throw new IllegalArgumentException(scope + " has " + types.size() + " keys, got " + keys.length);
        }
        return new Cursor(scope, List.of(keys));
    }

    /** The cursor from a query parameter; absent when the parameter is; 400 naming {@code cursor} otherwise. */
    public Optional<Cursor> decode(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = Cursor.unwrap(parameter);
        if (!parts.get(0).equals(scope)) {
            throw new InvalidParameterException("cursor", "belongs to another listing; start again without it");
        }
        if (parts.size() != types.size() + 1) {
            throw Cursor.invalid();
        }
        List<Object> keys = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            keys.add(parse(types.get(i), parts.get(i + 1)));
        }
        return Optional.of(new Cursor(scope, List.copyOf(keys)));
    }

    private static Object parse(Type type, String text) {
        try {
            switch (type) {
                case INSTANT:
                    return Instant.parse(text);
                case INTEGER:
                    return Long.parseLong(text);
                case DECIMAL:
                    return Double.parseDouble(text);
                default:
                    return text;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw Cursor.invalid();
        }
    }
}
