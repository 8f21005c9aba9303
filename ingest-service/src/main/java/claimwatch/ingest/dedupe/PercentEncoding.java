package claimwatch.ingest.dedupe;

import java.nio.charset.StandardCharsets;

/**
 * Normalises percent-encoding in a URL path or query (RFC 3986 section 6.2.2): unreserved characters are decoded,
 * other escapes get upper-case hex, and characters that may not appear raw (spaces, non-ASCII, {@code |}, ...) are
 * encoded as UTF-8. A stray {@code %} becomes {@code %25}. Reserved characters keep their raw or escaped form, since
 * {@code /} and {@code %2F} mean different things.
 */
final class PercentEncoding {

    private static final String HEX = "0123456789ABCDEF";
    private static final String ALLOWED_RAW = "-._~!$&'()*+,;=:@/?";

    private PercentEncoding() {
    }

    static String normalise(String component) {
        StringBuilder out = new StringBuilder(component.length() + 8);
        byte[] bytes = component.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                int decoded = Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16);
                if (isUnreserved(decoded)) {
                    out.append((char) decoded);
                } else {
                    appendEscaped(out, decoded);
                }
                i += 2;
            } else if (b < 0x80 && (isUnreserved(b) || ALLOWED_RAW.indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                appendEscaped(out, b);
            }
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, int b) {
        out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xf));
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
