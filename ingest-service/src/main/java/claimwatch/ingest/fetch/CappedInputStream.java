package claimwatch.ingest.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes at most {@code cap} bytes through; asked for more when more exist, it throws instead of reading on. */
final class CappedInputStream extends FilterInputStream {

    /** Signals the cap from inside a decoder's read; an IOException so it passes through GZIPInputStream. */
    static final class CapExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        CapExceeded() {
            super("cap exceeded", null);
        }
    }

    private final long cap;
    private long count;

    CappedInputStream(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (count >= cap) {
            // At the cap: only the end of the stream is acceptable now, so peek one byte to tell.
            if (in.read() < 0) {
                return -1;
            }
            throw new CapExceeded();
        }
        int read = super.read(buffer, offset, (int) Math.min(length, cap - count));
        if (read > 0) {
            count += read;
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        int read = read(new byte[(int) Math.max(0, Math.min(n, 8192))]);
        return Math.max(read, 0);
    }

    // The exchange owns the network stream: closing it here would make HttpClient drain the rest of the body.
    @Override
    public void close() {
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
