package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Body reading and charset detection under random sizes, caps, chunkings and texts. */
class StreamPropertiesTest {

    private final Random random = new Random(42);

    /** Hands out the bytes in random small pieces, as a network does. */
    private InputStream trickle(byte[] data) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, 1 + random.nextInt(700)));
            }
        };
    }

    private byte[] randomBody(int maxLength) {
        byte[] body = new byte[random.nextInt(maxLength)];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) ("abcdefgh ij\n".charAt(random.nextInt(12)));
        }
        return body;
    }

    @Test
    void identityBodyIsReturnedWhenWithinTheCapAndRefusedWhenNot() throws Exception {
        for (int i = 0; i < 500; i++) {
            byte[] body = randomBody(20_000);
            long cap = 1 + random.nextInt(20_000);
            BodyReader reader = new BodyReader(cap, false, Deadline.after(Duration.ofSeconds(10)));
            try {
                byte[] read = reader.read(trickle(body), ContentCodings.none());
                assertTrue(body.length <= cap, "accepted " + body.length + " over cap " + cap);
                assertArrayEquals(body, read);
            } catch (FetchStop stop) {
                assertTrue(body.length > cap, "refused " + body.length + " under cap " + cap);
                Outcomes.refused(stop.toOutcome(null), RefusalReason.TOO_LARGE);
            }
        }
    }

    @Test
    void gzipBodyIsJudgedByItsDecodedSize() throws Exception {
        for (int i = 0; i < 200; i++) {
            byte[] body = randomBody(50_000);
            long cap = 1 + random.nextInt(50_000);
            BodyReader reader = new BodyReader(cap, false, Deadline.after(Duration.ofSeconds(10)));
            try {
                byte[] read = reader.read(trickle(BodyReaderTest.gzip(body)), ContentCodings.parse(List.of("gzip")));
                assertTrue(body.length <= cap);
                assertArrayEquals(body, read);
            } catch (FetchStop stop) {
                assertTrue(body.length > cap, "refused " + body.length + " under cap " + cap);
            }
        }
    }

    @Test
    void truncatingReaderAlwaysReturnsThePrefixUpToTheCap() throws Exception {
        for (int i = 0; i < 300; i++) {
            byte[] body = randomBody(30_000);
            int cap = 1 + random.nextInt(30_000);
            boolean gzip = random.nextBoolean();
            BodyReader reader = new BodyReader(cap, true, Deadline.after(Duration.ofSeconds(10)));

            byte[] read = reader.read(trickle(gzip ? BodyReaderTest.gzip(body) : body),
                    gzip ? ContentCodings.parse(List.of("gzip")) : ContentCodings.none());

            assertArrayEquals(Arrays.copyOf(body, Math.min(body.length, cap)), read, "cap " + cap + " gzip " + gzip);
        }
    }

    @Test
    void declaredCharsetsRoundTripThroughDetection() {
        List<Charset> charsets = List.of(StandardCharsets.UTF_8, Charset.forName("ISO-8859-15"),
                Charset.forName("windows-1251"), Charset.forName("KOI8-R"), Charset.forName("windows-1252"),
                Charset.forName("Shift_JIS"), Charset.forName("GB18030"));
        String[] words = {"Fähre", "Паром", "€", "港口", "フェリー", "ferry", "430", "„quote“"};
        for (int i = 0; i < 300; i++) {
            Charset charset = charsets.get(random.nextInt(charsets.size()));
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 20; w++) {
                String word = words[random.nextInt(words.length)];
                if (charset.newEncoder().canEncode(word)) {
                    text.append(word).append(' ');
                }
            }
            boolean viaHeader = random.nextBoolean();
            String html = (viaHeader ? "" : "<meta charset=\"" + charset.name() + "\">") + "<p>" + text + "</p>";
            byte[] body = html.getBytes(charset);

            Charset detected = CharsetDetector.detect(viaHeader ? Optional.of(charset.name()) : Optional.empty(), body);

            assertEquals(html, new String(body, detected), charset + " via " + (viaHeader ? "header" : "meta"));
        }
    }

    @Test
    void undeclaredTextIsAlwaysDecodedLosslesslyAsUtf8OrWindows1252() {
        String[] words = {"Fähre", "€", "„quote“", "ferry", "œuvre", "naïve", "–"};
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder("<p>");
            for (int w = 0; w < 10; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            Charset written = random.nextBoolean() ? StandardCharsets.UTF_8 : CharsetDetector.WINDOWS_1252;
            byte[] body = text.toString().getBytes(written);

            Charset detected = CharsetDetector.detect(Optional.empty(), body);

            assertEquals(text.toString(), new String(body, detected), "written as " + written);
        }
    }
}
