package claimwatch.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** The Content-Encoding of a response as a list of codings, and the streams that undo them, innermost last. */
record ContentCodings(List<String> codings) {

    private static final int MAX_LAYERS = 2;

    static ContentCodings parse(List<String> headerValues) throws FetchStop {
        List<String> codings = new ArrayList<>();
        for (String value : headerValues) {
            for (String token : value.split(",")) {
                String coding = token.strip().toLowerCase(Locale.ROOT);
                if (coding.isEmpty() || coding.equals("identity")) {
                    continue;
                }
                if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("deflate")) {
                    throw FetchStop.failed(FailureReason.MALFORMED, "unsupported Content-Encoding " + coding);
                }
                codings.add(coding.equals("x-gzip") ? "gzip" : coding);
            }
        }
        if (codings.size() > MAX_LAYERS) {
            throw FetchStop.failed(FailureReason.MALFORMED, "Content-Encoding has " + codings.size() + " layers");
        }
        return new ContentCodings(List.copyOf(codings));
    }

    static ContentCodings none() {
        return new ContentCodings(List.of());
    }

    boolean isIdentity() {
        return codings.isEmpty();
    }

    String describe() {
        return String.join("+", codings);
    }

    /** Undoes the codings in reverse order of application. */
    InputStream decode(InputStream raw) throws IOException {
        List<String> reversed = new ArrayList<>(codings);
        Collections.reverse(reversed);
        InputStream in = raw;
        for (String coding : reversed) {
            in = coding.equals("gzip") ? new GZIPInputStream(in, 8192) : inflate(in);
        }
        return in;
    }

    // "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate; the zlib header tells them apart.
    private static InputStream inflate(InputStream in) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 2);
        int first = peek.read();
        int second = first < 0 ? -1 : peek.read();
        if (second >= 0) {
            peek.unread(second);
        }
        if (first >= 0) {
            peek.unread(first);
        }
        boolean zlib = first >= 0 && second >= 0 && (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
        return new InflaterInputStream(peek, new Inflater(!zlib), 8192);
    }
}
