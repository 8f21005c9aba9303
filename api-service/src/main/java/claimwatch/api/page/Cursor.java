package claimwatch.api.page;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import claimwatch.api.problem.InvalidParameterException;

/**
 * Where a page ends: the sort key of its last item in one listing ({@code scope}). Opaque to clients: base64url of
 * {@code c2|scope|key|key...}, each part URL-encoded so text keys may hold any character. Built and read through
 * {@link Keyset}.
 */
public record Cursor(String scope, List<Object> keys) {

    private static final String VERSION = "c2";

    public Instant instant(int index) {
        return (Instant) keys.get(index);
    }

    public long integer(int index) {
        return (Long) keys.get(index);
    }

    public double decimal(int index) {
        return (Double) keys.get(index);
    }

    public String text(int index) {
        return (String) keys.get(index);
    }

    public String encode() {
        StringBuilder plain = new StringBuilder(VERSION).append('|').append(part(scope));
        for (Object key : keys) {
            plain.append('|').append(part(String.valueOf(key)));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The scope and key texts of an encoded cursor; 400 naming {@code cursor} when it is not one of ours. */
    static List<String> unwrap(String parameter) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(parameter), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = plain.split("\\|", -1);
        if (parts.length < 3 || !parts[0].equals(VERSION)) {
            throw invalid();
        }
        List<String> decoded = new ArrayList<>(parts.length - 1);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                throw invalid();
            }
            try {
                decoded.add(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw invalid();
            }
        }
        return decoded;
    }

    static InvalidParameterException invalid() {
        return new InvalidParameterException("cursor", "is not a cursor from a previous page; start again without it");
    }

    private static String part(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
