package claimwatch.ingest.fetch;

import java.nio.charset.StandardCharsets;

/** Makes a URL as servers really send it (raw spaces, UTF-8, stray '%') into RFC 3986 text. */
final class Locations {

    private static final String HEX = "0123456789ABCDEF";
    private static final String UNSAFE = "\"<>\\^`{|}";

    private Locations() {
    }

    static String encode(String location) {
        StringBuilder out = new StringBuilder(location.length() + 16);
        byte[] bytes = location.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b <= 0x20 || b >= 0x7f || UNSAFE.indexOf(b) >= 0
                    || (b == '%' && !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])));
            if (escape) {
                out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xf));
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
