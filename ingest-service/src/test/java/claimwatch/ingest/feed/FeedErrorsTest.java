package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies that are not feeds, or feeds in awkward encodings: a clear reason or a correct parse, never a crash. */
class FeedErrorsTest {

    private static final String FEED_URL = "https://a.example/feed";
    private final FeedParser parser = new FeedParser(50);

    private FeedParseException refused(byte[] body, String contentType) {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(body, contentType, FEED_URL));
        assertFalse(e.getMessage().contains("\n"), "one line for operators: " + e.getMessage());
        assertTrue(e.getMessage().length() < 300, "short for operators: " + e.getMessage());
        return e;
    }

    private FeedParseException refused(String body) {
        return refused(body.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
    }

    private static String rssWithTitle(String title) {
        return "<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description>"
                + "<item><title>" + title + "</title><link>https://a.example/x</link></item></channel></rss>";
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "\n\r\t  \n", "\uFEFF", "\uFEFF  \n"})
    void emptyBody(String body) {
        assertEquals("empty body", refused(body).getMessage());
    }

    @Test
    void jsonBodies() {
        assertTrue(refused("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"url\":\"https://a.example/x\"}]}").getMessage().contains("JSON"));
        assertTrue(refused("  [1, 2, 3]").getMessage().contains("JSON"));
    }

    @Test
    void htmlPageServedAsAFeed() {
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Northgate Herald</title>
                <link rel="alternate" type="application/rss+xml" href="/rss"></head>
                <body><p>Our feed moved.<br>Sorry.</body></html>""";
        assertEquals("body is an HTML page, not a feed", refused(html).getMessage());
    }

    @Test
    void htmlWithoutDoctypeAndXhtml() {
        assertEquals("body is an HTML page, not a feed", refused("<html><head><title>x</title></head><body></body></html>").getMessage());
        assertEquals("body is an HTML page, not a feed", refused("<HTML><BODY>Moved</BODY></HTML>").getMessage());
        assertEquals("body is an HTML page, not a feed",
                refused("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>").getMessage());
    }

    @Test
    void sloppyHtmlWhoseRootIsNotHtml() {
        assertEquals("body is an HTML page, not a feed", refused("<!doctype html>\n<meta charset=utf-8><title>Moved</title><p>See <a href=/rss>here</a>").getMessage());
    }

    @Test
    void unclosedElement() {
        String message = refused("<rss version=\"2.0\"><channel><title>t</title><item><link>https://a.example/x</link></channel></rss>").getMessage();
        assertTrue(message.startsWith("not well-formed XML: line 1, column"), message);
    }

    @Test
    void truncatedDocument() {
        String whole = rssWithTitle("A title");
        String message = refused(whole.substring(0, whole.length() / 2)).getMessage();
        assertTrue(message.startsWith("not well-formed XML"), message);
    }

    @Test
    void garbageAfterTheRootElement() {
        assertTrue(refused(rssWithTitle("x") + "<rss/>").getMessage().startsWith("not well-formed XML"));
    }

    @Test
    void bareAmpersandInText() {
        assertTrue(refused(rssWithTitle("Fish & chips")).getMessage().startsWith("not well-formed XML"));
    }

    @Test
    void unknownRootElement() {
        assertEquals("unsupported XML document: root element <opml>", refused("<opml version=\"2.0\"><body/></opml>").getMessage());
        assertEquals("unsupported XML document: root element <RDF>", refused("<RDF><item/></RDF>").getMessage());
    }

    @Test
    void atomWithoutItsNamespaceIsNotSomethingRomeReads() {
        String message = refused("<feed><title>t</title><entry><link href=\"https://a.example/x\"/></entry></feed>").getMessage();
        assertTrue(message.contains("ATOM"), message);
    }

    @Test
    void plainTextAndBinary() {
        assertEquals("body is not XML: it starts with 'https://a.example/on'", refused("https://a.example/one\nhttps://a.example/two\n").getMessage());
        assertTrue(refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "application/rss+xml").getMessage().startsWith("body is not XML"));
    }

    @Test
    void xmlDeclarationOnlyHasNoRootElement() {
        String message = refused("<?xml version=\"1.0\"?>\n<!-- nothing -->").getMessage();
        assertTrue(message.startsWith("not well-formed XML: line 2") && message.contains("end of file"), message);
    }

    @Test
    void unsupportedDeclaredEncoding() {
        assertTrue(refused("<?xml version=\"1.0\" encoding=\"x-klingon\"?><rss/>").getMessage().contains("x-klingon"));
    }

    @Test
    void bytesInvalidInTheDeclaredEncoding() {
        byte[] body = concat("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><rss version=\"2.0\"><channel><title>".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x81, (byte) 0x20}, "</title></channel></rss>".getBytes(StandardCharsets.US_ASCII));
        assertTrue(refused(body, null).getMessage().contains("Shift_JIS"));
    }

    @Test
    void latin1BytesWithoutDeclarationFallBackFromUtf8() throws Exception {
        byte[] body = rssWithTitle("Cámara de Cuentas – año").getBytes(Charset.forName("windows-1252"));
        assertEquals(Optional.of("Cámara de Cuentas – año"), parser.parse(body, null, FEED_URL).entries().get(0).title());
    }

    @Test
    void contentTypeCharsetAppliesWhenTheDocumentDeclaresNone() throws Exception {
        byte[] body = rssWithTitle("Привет, паром").getBytes(Charset.forName("KOI8-R"));
        assertEquals(Optional.of("Привет, паром"), parser.parse(body, "application/rss+xml; charset=\"koi8-r\"", FEED_URL).entries().get(0).title());
    }

    @Test
    void declarationWinsOverTheContentTypeCharset() throws Exception {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + rssWithTitle("señal")).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of("señal"), parser.parse(body, "text/xml; charset=utf-8", FEED_URL).entries().get(0).title());
    }

    @Test
    void iso88591LabelDecodesAsWindows1252LikeBrowsers() throws Exception {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>" + rssWithTitle("“Ferry” – €430m")).getBytes(Charset.forName("windows-1252"));
        assertEquals(Optional.of("“Ferry” – €430m"), parser.parse(body, null, FEED_URL).entries().get(0).title());
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + rssWithTitle("Ferry – año");
        for (byte[] body : List.of(xml.getBytes(StandardCharsets.UTF_16), xml.getBytes(StandardCharsets.UTF_16LE), xml.getBytes(StandardCharsets.UTF_16BE))) {
            assertEquals(Optional.of("Ferry – año"), parser.parse(body, null, FEED_URL).entries().get(0).title());
        }
    }

    @Test
    void declaredUtf16ButActuallyAsciiCompatible() throws Exception {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + rssWithTitle("año")).getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("año"), parser.parse(body, null, FEED_URL).entries().get(0).title());
    }

    @Test
    void whitespaceAndByteOrderMarkBeforeTheDeclaration() throws Exception {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\n\n  <?xml version=\"1.0\" encoding=\"utf-8\"?>".getBytes(StandardCharsets.UTF_8),
                rssWithTitle("ok").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, parser.parse(body, null, FEED_URL).entries().size());
    }

    @Test
    void corruptGzip() {
        assertEquals("corrupt gzip body", refused(new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}, "application/gzip").getMessage());
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", "feed.xml", "/feed.xml", "//a.example/feed", "ftp://a.example/feed", "file:///etc/passwd", "https://", "not a url at all"})
    void feedUrlMustBeAbsoluteHttp(String feedUrl) {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(rssWithTitle("x").getBytes(StandardCharsets.UTF_8), null, feedUrl));
        assertTrue(e.getMessage().startsWith("feed URL is not an absolute http(s) URL"), e.getMessage());
    }

    @Test
    void programmingErrorsAreNotFeedErrors() {
        assertThrows(IllegalArgumentException.class, () -> new FeedParser(0));
        assertThrows(IllegalArgumentException.class, () -> new FeedParser(-5));
        assertThrows(NullPointerException.class, () -> parser.parse(null, null, FEED_URL));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
