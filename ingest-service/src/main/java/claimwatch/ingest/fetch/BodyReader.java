package claimwatch.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a response body while streaming, holding at most {@code cap} bytes: over the cap both before and after
 * decoding it either refuses (pages) or truncates (robots.txt), and it stops when the deadline passes.
 */
final class BodyReader {

    private static final int CHUNK = 8192;

    private final long cap;
    private final boolean truncate;
    private final Deadline deadline;

    BodyReader(long cap, boolean truncate, Deadline deadline) {
        this.cap = cap;
        this.truncate = truncate;
        this.deadline = deadline;
    }

    byte[] read(InputStream raw, ContentCodings codings) throws IOException, FetchStop {
        long rawCap = rawCap(codings);
        CappedInputStream capped = new CappedInputStream(raw, rawCap);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, 64 * 1024));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        try (InputStream decoded = codings.decode(capped)) {
            while (true) {
                if (deadline.expired()) {
                    throw deadline.exceeded("while reading the body");
                }
                int read = decoded.read(chunk);
                if (read < 0) {
                    return out.toByteArray();
                }
                if (total + read > cap) {
                    if (truncate) {
                        out.write(chunk, 0, (int) (cap - total));
                        return out.toByteArray();
                    }
                    throw tooLarge(codings);
                }
                out.write(chunk, 0, read);
                total += read;
            }
        } catch (CappedInputStream.CapExceeded e) {
            if (truncate) {
                return out.toByteArray();
            }
            String what = codings.isIdentity() ? "body" : "compressed body";
            throw FetchStop.refused(RefusalReason.TOO_LARGE, what + " exceeds " + rawCap + " bytes");
        }
    }

    /**
     * The network bytes allowed: the cap itself, or for compressed bodies the cap plus deflate's worst-case overhead
     * (stored blocks, headers), so any valid body that decodes within the cap fits; they stream, so memory is unchanged.
     */
    private long rawCap(ContentCodings codings) {
        if (codings.isIdentity()) {
            return cap;
        }
        long overhead = (cap / 256 + 4096) * codings.codings().size();
        return cap + overhead;
    }

    private FetchStop tooLarge(ContentCodings codings) {
        String after = codings.isIdentity() ? "" : " after " + codings.describe() + " decoding";
        return FetchStop.refused(RefusalReason.TOO_LARGE, "body exceeds " + cap + " bytes" + after);
    }
}
