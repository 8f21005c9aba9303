package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import org.junit.jupiter.api.Test;

class BodyReaderTest {

    private static final byte[] TEXT = "Die Fähre kostet 430 Millionen Euro. ".repeat(50).getBytes(StandardCharsets.UTF_8);

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data, boolean zlibWrapped) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(6, !zlibWrapped))) {
            deflate.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] read(byte[] raw, String encoding, long cap) throws Exception {
        return reader(cap, false).read(new ByteArrayInputStream(raw), ContentCodings.parse(List.of(encoding)));
    }

    private static BodyReader reader(long cap, boolean truncate) {
        return new BodyReader(cap, truncate, Deadline.after(Duration.ofSeconds(10)));
    }

    @Test
    void identityBodyIsReturnedAsIs() throws Exception {
        assertArrayEquals(TEXT, read(TEXT, "", 1 << 20));
        assertArrayEquals(TEXT, read(TEXT, "identity", 1 << 20));
    }

    @Test
    void bodyExactlyAtTheCapIsAccepted() throws Exception {
        assertArrayEquals(TEXT, read(TEXT, "", TEXT.length));
    }

    @Test
    void identityBodyOneByteOverTheCapIsRefused() {
        Refused refused = Outcomes.refused(Outcomes.stop(() -> read(TEXT, "", TEXT.length - 1)), RefusalReason.TOO_LARGE);
        assertEquals("body exceeds " + (TEXT.length - 1) + " bytes", refused.detail());
    }

    @Test
    void gzipIsDecoded() throws Exception {
        assertArrayEquals(TEXT, read(gzip(TEXT), "gzip", 1 << 20));
        assertArrayEquals(TEXT, read(gzip(TEXT), "x-gzip", 1 << 20));
        assertArrayEquals(TEXT, read(gzip(TEXT), "GZIP", 1 << 20));
    }

    @Test
    void deflateIsDecodedWhetherZlibWrappedOrRaw() throws Exception {
        assertArrayEquals(TEXT, read(deflate(TEXT, true), "deflate", 1 << 20));
        assertArrayEquals(TEXT, read(deflate(TEXT, false), "deflate", 1 << 20));
    }

    @Test
    void stackedCodingsAreUndoneInReverseOrder() throws Exception {
        byte[] twice = gzip(deflate(TEXT, true));
        assertArrayEquals(TEXT, read(twice, "deflate, gzip", 1 << 20));
    }

    @Test
    void decodedSizeIsCappedEvenWhenTheCompressedBodyIsSmall() throws Exception {
        byte[] compressed = gzip(new byte[1 << 20]);
        assertTrue(compressed.length < 4096);

        Refused refused = Outcomes.refused(Outcomes.stop(() -> read(compressed, "gzip", 100_000)), RefusalReason.TOO_LARGE);
        assertEquals("body exceeds 100000 bytes after gzip decoding", refused.detail());
    }

    /** A valid raw deflate stream of empty stored blocks: it grows on the wire and decodes to nothing at all. */
    static byte[] emptyBlocks(int blocks) {
        byte[] stream = new byte[blocks * 5];
        for (int i = 0; i < blocks; i++) {
            // BFINAL=0, BTYPE=00 (stored), padded to the byte; LEN=0, NLEN=0xFFFF.
            stream[i * 5 + 3] = (byte) 0xff;
            stream[i * 5 + 4] = (byte) 0xff;
        }
        return stream;
    }

    @Test
    void compressedStreamThatDecodesToNothingIsStillCappedOnTheWire() throws Exception {
        byte[] endless = emptyBlocks(30_000);

        Refused refused = Outcomes.refused(Outcomes.stop(() -> read(endless, "deflate", 10_000)), RefusalReason.TOO_LARGE);
        assertEquals("compressed body exceeds 14135 bytes", refused.detail());
    }

    @Test
    void incompressibleGzipThatDecodesWithinTheCapIsAccepted() throws Exception {
        byte[] random = new byte[50_000];
        new Random(7).nextBytes(random);
        byte[] compressed = gzip(random);
        assertTrue(compressed.length > random.length, "gzip of random data grows");

        assertArrayEquals(random, read(compressed, "gzip", random.length));
    }

    @Test
    void incompressibleGzipOverTheCapIsRefusedAfterDecoding() throws Exception {
        byte[] random = new byte[50_000];
        new Random(7).nextBytes(random);

        Refused refused = Outcomes.refused(Outcomes.stop(() -> read(gzip(random), "gzip", 20_000)), RefusalReason.TOO_LARGE);
        assertEquals("body exceeds 20000 bytes after gzip decoding", refused.detail());
    }

    @Test
    void truncatingReaderReturnsTheFirstCapBytes() throws Exception {
        byte[] body = reader(100, true).read(new ByteArrayInputStream(TEXT), ContentCodings.none());

        assertEquals(100, body.length);
        assertArrayEquals(Arrays.copyOf(TEXT, 100), body);
    }

    @Test
    void truncatingReaderTruncatesAfterDecodingToo() throws Exception {
        byte[] body = reader(100, true).read(new ByteArrayInputStream(gzip(TEXT)), ContentCodings.parse(List.of("gzip")));

        assertArrayEquals(Arrays.copyOf(TEXT, 100), body);
    }

    @Test
    void unsupportedCodingIsMalformed() {
        Failed failed = Outcomes.failed(Outcomes.stop(() -> ContentCodings.parse(List.of("br"))), FailureReason.MALFORMED);
        assertEquals("unsupported Content-Encoding br", failed.detail());
    }

    @Test
    void moreThanTwoLayersIsMalformed() {
        Outcomes.failed(Outcomes.stop(() -> ContentCodings.parse(List.of("gzip, gzip", "gzip"))), FailureReason.MALFORMED);
    }

    @Test
    void corruptGzipIsAnIoErrorTheFetcherReportsAsMalformed() {
        byte[] notGzip = "definitely not gzip".getBytes(StandardCharsets.US_ASCII);
        assertThrows(ZipException.class, () -> read(notGzip, "gzip", 1 << 20));
    }

    @Test
    void expiredDeadlineStopsReading() {
        BodyReader reader = new BodyReader(1 << 20, false, Deadline.after(Duration.ofNanos(1)));

        Failed failed = Outcomes.failed(Outcomes.stop(() -> reader.read(new ByteArrayInputStream(TEXT), ContentCodings.none())),
                FailureReason.TIMEOUT);
        assertTrue(failed.detail().startsWith("total deadline of "), failed.detail());
    }

    @Test
    void neverClosesTheNetworkStream() throws Exception {
        boolean[] closed = {false};
        InputStream raw = new ByteArrayInputStream(gzip(TEXT)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        reader(1 << 20, false).read(raw, ContentCodings.parse(List.of("gzip")));

        assertEquals(false, closed[0]);
    }
}
