package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedTextTest {

    private static final String TITLE = "Cámara de Cuentas: año, señal, €430";

    private static String doc(String declaration) {
        return declaration + "<rss><title>" + TITLE + "</title></rss>";
    }

    @ParameterizedTest(name = "{0} declared as [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            UTF-8        | <?xml version="1.0" encoding="UTF-8"?>
            UTF-8        | <?xml version='1.0' encoding='utf-8'?>
            UTF-8        | <?xml version="1.0"?>
            UTF-8        | ''
            windows-1252 | <?xml version="1.0" encoding="windows-1252"?>
            windows-1252 | <?xml version="1.0" encoding="ISO-8859-1"?>
            windows-1252 | <?xml version="1.0" encoding = "latin1" ?>
            ISO-8859-15  | <?xml version="1.0" encoding="ISO-8859-15"?>
            UTF-16LE     | <?xml version="1.0" encoding="UTF-16"?>
            UTF-16BE     | <?xml version="1.0" encoding="UTF-16"?>
            """)
    void decodesByTheDeclaration(String charset, String declaration) throws Exception {
        String text = FeedText.decode(doc(declaration).getBytes(Charset.forName(charset)), null);
        assertTrue(text.contains(TITLE), text);
        assertTrue(text.startsWith("<"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text/xml; charset=windows-1252              | windows-1252
            application/rss+xml;charset="ISO-8859-15"   | ISO-8859-15
            text/xml; type=feed; CHARSET=iso-8859-1      | windows-1252
            text/xml; charset=no-such-charset            | UTF-8
            text/xml                                     | UTF-8
            """)
    void contentTypeCharsetWhenTheDocumentDeclaresNone(String contentType, String bytesIn) throws Exception {
        assertTrue(FeedText.decode(doc("").getBytes(Charset.forName(bytesIn)), contentType).contains(TITLE));
    }

    @Test
    void byteOrderMarksWinOverEverything() throws Exception {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, doc("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").getBytes(StandardCharsets.UTF_8));
        assertTrue(FeedText.decode(utf8, "text/xml; charset=windows-1252").contains(TITLE));
        byte[] utf16 = doc("").getBytes(StandardCharsets.UTF_16);
        assertEquals((byte) 0xFE, utf16[0]);
        assertTrue(FeedText.decode(utf16, "text/xml; charset=utf-8").contains(TITLE));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws Exception {
        assertTrue(FeedText.decode(doc("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").getBytes(Charset.forName("windows-1252")), null).contains(TITLE));
    }

    @Test
    void leadingWhitespaceAndByteOrderMarkAreDropped() throws Exception {
        assertEquals("<rss/>", FeedText.decode("\uFEFF \r\n\t<rss/>".getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void gzipIsInflatedBeforeDecoding() throws Exception {
        byte[] gzipped = SitemapParsingTest.gzip(doc("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").getBytes(Charset.forName("windows-1252")));
        assertTrue(FeedText.decode(gzipped, "application/gzip").contains(TITLE));
    }

    @Test
    void gzippedEmptyBodyIsEmpty() throws Exception {
        FeedParseException e = assertThrows(FeedParseException.class, () -> FeedText.decode(SitemapParsingTest.gzip(new byte[0]), null));
        assertEquals("empty body", e.getMessage());
    }

    @Test
    void inflationStopsAtTheCap() throws Exception {
        byte[] justOver = new byte[FeedText.MAX_INFLATED_BYTES + 1];
        java.util.Arrays.fill(justOver, (byte) ' ');
        FeedParseException e = assertThrows(FeedParseException.class, () -> FeedText.decode(SitemapParsingTest.gzip(justOver), null));
        assertTrue(e.getMessage().contains("50 MiB"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
