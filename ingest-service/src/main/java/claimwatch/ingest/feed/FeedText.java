package claimwatch.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns a feed body into text before any XML parser sees it, so every parser (StAX for RSS and Atom, SAX inside
 * crawler-commons, which always reads UTF-8) works on the same characters. Gzip is inflated up to a cap. The charset
 * comes from, in order: a byte order mark, UTF-16 without one, the XML declaration, the content type's charset, else
 * UTF-8. As in the WHATWG Encoding Standard, ISO-8859-1 and ASCII labels decode as windows-1252, and a body declared
 * or defaulted as UTF-8 that is not valid UTF-8 decodes as windows-1252 too, the usual mislabelled-feed case.
 */
final class FeedText {

    /** The sitemaps.org limit for an uncompressed sitemap; it also bounds what a gzip bomb can inflate to. */
    static final int MAX_INFLATED_BYTES = 50 * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> WINDOWS_1252_LABELS = Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "cp819", "us-ascii", "ascii");
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");

    private FeedText() {
    }

    static String decode(byte[] body, String contentType) throws FeedParseException {
        byte[] bytes = isGzip(body) ? gunzip(body) : body;
        String text = strictOrLenient(bytes, charset(bytes, contentType));
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\uFEFF' || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        if (start == text.length()) {
            throw new FeedParseException("empty body");
        }
        char first = text.charAt(start);
        if (first == '{' || first == '[') {
            throw new FeedParseException("body is JSON, not an RSS, Atom or sitemap XML document");
        }
        if (first != '<') {
            throw new FeedParseException("body is not XML: it starts with '" + excerpt(text, start) + "'");
        }
        return text.substring(start);
    }

    private static String excerpt(String text, int start) {
        String head = text.substring(start, Math.min(text.length(), start + 20));
        return head.codePoints().map(c -> Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }

    private static Charset charset(byte[] bytes, String contentType) throws FeedParseException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0x00, '<')) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, '<', 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1).stripLeading();
        Matcher declared = DECLARED_ENCODING.matcher(head);
        if (declared.find()) {
            if (declared.group(1).toUpperCase(Locale.ROOT).startsWith("UTF-")) {
                // no byte order mark and no zero bytes: the body is in an ASCII-compatible form whatever it declares
                return StandardCharsets.UTF_8;
            }
            return named(declared.group(1)).orElseThrow(() -> new FeedParseException("unsupported encoding '" + declared.group(1) + "' in the XML declaration"));
        }
        Matcher header = contentType == null ? null : CONTENT_TYPE_CHARSET.matcher(contentType);
        if (header != null && header.find()) {
            return named(header.group(1)).orElse(StandardCharsets.UTF_8);
        }
        return StandardCharsets.UTF_8;
    }

    private static Optional<Charset> named(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(lower)) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(lower));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static String strictOrLenient(byte[] bytes, Charset charset) throws FeedParseException {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                return new String(bytes, WINDOWS_1252);
            }
            throw new FeedParseException("body is not valid " + charset.name(), e);
        }
    }

    private static boolean isGzip(byte[] bytes) {
        return startsWith(bytes, 0x1F, 0x8B);
    }

    private static byte[] gunzip(byte[] body) throws FeedParseException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(MAX_INFLATED_BYTES, body.length * 4L));
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (out.size() + read > MAX_INFLATED_BYTES) {
                    throw new FeedParseException("gzip body inflates beyond " + MAX_INFLATED_BYTES / (1024 * 1024) + " MiB");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FeedParseException("corrupt gzip body", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
