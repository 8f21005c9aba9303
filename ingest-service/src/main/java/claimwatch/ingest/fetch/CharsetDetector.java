package claimwatch.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the charset of a page the way browsers do: byte order mark, then the Content-Type header, then a meta tag or
 * XML declaration near the top, then UTF-8 if the bytes are valid UTF-8, else windows-1252.
 */
final class CharsetDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SCAN_BYTES = 4096;
    private static final Pattern XML_DECLARATION =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetDetector() {
    }

    // A BOM outranks the header because that is what browsers do, and pages are written to look right in browsers.
    static Charset detect(Optional<String> headerCharset, byte[] body) {
        return bom(body)
                .or(() -> headerCharset.flatMap(label -> forLabel(label, true)))
                .or(() -> declared(body).flatMap(label -> forLabel(label, false)))
                .orElseGet(() -> isUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    static Optional<Charset> bom(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** The charset named by an XML declaration or a meta tag in the first 4 KiB. */
    static Optional<String> declared(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_DECLARATION.matcher(head);
        if (xml.find()) {
            return Optional.of(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }

    /**
     * Latin-1 and ASCII labels mean windows-1252, as in browsers: pages so labelled routinely use its curly quotes.
     * A UTF-16 label found by scanning bytes as ASCII cannot be true, so outside the header it means UTF-8.
     */
    static Optional<Charset> forLabel(String label, boolean fromHeader) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")
                || name.equals("iso8859-1") || name.equals("l1")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            Charset charset = Charset.forName(name);
            if (!fromHeader && (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32"))) {
                return Optional.of(StandardCharsets.UTF_8);
            }
            return Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
