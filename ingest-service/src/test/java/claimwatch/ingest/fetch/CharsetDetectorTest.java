package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void headerCharsetIsUsedWhenThereIsNoBom() {
        assertEquals(Charset.forName("KOI8-R"), CharsetDetector.detect(Optional.of("koi8-r"), ascii("<p>x</p>")));
    }

    @Test
    void bomOutranksHeaderAndMeta() {
        byte[] body = {(byte) 0xfe, (byte) 0xff, 0, '<'};
        assertEquals(StandardCharsets.UTF_16BE, CharsetDetector.detect(Optional.of("utf-8"), body));
    }

    @Test
    void metaIsUsedWithoutHeader() {
        assertEquals(Charset.forName("windows-1251"),
                CharsetDetector.detect(Optional.empty(), ascii("<head><meta charset=windows-1251></head>")));
    }

    @Test
    void metaBeyondTheScannedPrefixIsIgnored() {
        byte[] body = ascii(" ".repeat(5000) + "<meta charset=\"koi8-r\">");
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect(Optional.empty(), body));
    }

    @Test
    void xmlDeclarationOnlyCountsAtTheStart() {
        assertEquals(Charset.forName("ISO-8859-15"),
                CharsetDetector.detect(Optional.empty(), ascii("  <?xml version='1.0' encoding='ISO-8859-15'?><rss/>")));
        assertEquals(StandardCharsets.UTF_8,
                CharsetDetector.detect(Optional.empty(), ascii("<p>see <?xml encoding='koi8-r'?></p>")));
    }

    @Test
    void utf16DeclaredInsideAsciiReadableMarkupMeansUtf8() {
        assertEquals(StandardCharsets.UTF_8,
                CharsetDetector.detect(Optional.empty(), ascii("<meta charset=\"utf-16\"><p>x</p>")));
    }

    @Test
    void latinAndAsciiLabelsMeanWindows1252() {
        for (String label : new String[] {"ISO-8859-1", "latin1", "US-ASCII", "ascii"}) {
            assertEquals(CharsetDetector.WINDOWS_1252, CharsetDetector.forLabel(label, true).orElseThrow(), label);
        }
    }

    @Test
    void unknownLabelsAreSkipped() {
        assertEquals(Optional.empty(), CharsetDetector.forLabel("x-no-such", true));
        assertEquals(Optional.empty(), CharsetDetector.forLabel("bad name!", true));
        assertEquals(Optional.empty(), CharsetDetector.forLabel("", false));
    }

    @Test
    void validityOfUtf8() {
        assertTrue(CharsetDetector.isUtf8("Fähre – €".getBytes(StandardCharsets.UTF_8)));
        assertTrue(CharsetDetector.isUtf8(new byte[0]));
        assertFalse(CharsetDetector.isUtf8("Fähre".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(CharsetDetector.isUtf8(new byte[] {(byte) 0xc3}));
        assertFalse(CharsetDetector.isUtf8(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}));
    }

    @Test
    void invalidUtf8WithoutDeclarationIsWindows1252() {
        byte[] body = "“Fähre”".getBytes(CharsetDetector.WINDOWS_1252);
        assertEquals(CharsetDetector.WINDOWS_1252, CharsetDetector.detect(Optional.empty(), body));
    }

    @Test
    void bomDetection() {
        assertEquals(Optional.of(StandardCharsets.UTF_8),
                CharsetDetector.bom(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}));
        assertEquals(Optional.of(StandardCharsets.UTF_16LE), CharsetDetector.bom(new byte[] {(byte) 0xff, (byte) 0xfe}));
        assertEquals(Optional.empty(), CharsetDetector.bom(new byte[] {(byte) 0xef, (byte) 0xbb}));
        assertEquals(Optional.empty(), CharsetDetector.bom(Arrays.copyOf(new byte[0], 0)));
    }
}
