package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherCharsetTest {

    private static final String TEXT = "Fähre für 430 Mio. € – „Valderra“";

    private TestServer server;
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        fetcher = new PageFetcher(Settings.loopback().build());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private Fetched fetch(String path) {
        return Outcomes.fetched(fetcher.fetch(FetchRequest.of(server.url(path))));
    }

    private void serve(String path, String contentType, byte[] body) {
        server.on(path, exchange -> TestServer.respond(exchange, 200, contentType, body));
    }

    @Test
    void plainPageCarriesStatusTypeUrlsAndBody() {
        server.page("/news/1", "text/html; charset=utf-8", "<p>" + TEXT + "</p>");

        Fetched page = fetch("/news/1");

        assertEquals(200, page.status());
        assertEquals("text/html", page.contentType());
        assertEquals(server.url("/news/1"), page.url());
        assertEquals(server.url("/news/1"), page.finalUrl());
        assertEquals(StandardCharsets.UTF_8, page.charset());
        assertEquals("<p>" + TEXT + "</p>", page.text());
        assertArrayEquals(("<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8), page.body());
        assertNull(page.etag());
        assertNull(page.lastModified());
    }

    @Test
    void charsetFromContentTypeHeaderWinsOverMeta() {
        Charset koi8 = Charset.forName("KOI8-R");
        String text = "<meta charset=\"utf-8\"><p>Паром</p>";
        serve("/ru", "text/html; charset=KOI8-R", text.getBytes(koi8));

        Fetched page = fetch("/ru");

        assertEquals(koi8, page.charset());
        assertEquals(text, page.text());
    }

    @Test
    void byteOrderMarkWinsOverHeaderAndIsNotPartOfText() {
        byte[] utf8 = ("<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        serve("/bom", "text/html; charset=iso-8859-1", withBom);

        Fetched page = fetch("/bom");

        assertEquals(StandardCharsets.UTF_8, page.charset());
        assertEquals("<p>" + TEXT + "</p>", page.text());
    }

    @Test
    void utf16LittleEndianByteOrderMark() {
        byte[] text = ("<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_16LE);
        byte[] body = new byte[text.length + 2];
        body[0] = (byte) 0xff;
        body[1] = (byte) 0xfe;
        System.arraycopy(text, 0, body, 2, text.length);
        serve("/utf16", "text/html", body);

        Fetched page = fetch("/utf16");

        assertEquals(StandardCharsets.UTF_16LE, page.charset());
        assertEquals("<p>" + TEXT + "</p>", page.text());
    }

    @Test
    void metaCharsetWhenHeaderHasNone() {
        String html = "<html><head><meta charset=\"ISO-8859-15\"><title>x</title></head><body>Fähre € 5</body></html>";
        serve("/meta", "text/html", html.getBytes(Charset.forName("ISO-8859-15")));

        Fetched page = fetch("/meta");

        assertEquals(Charset.forName("ISO-8859-15"), page.charset());
        assertEquals(html, page.text());
    }

    @Test
    void httpEquivContentTypeMeta() {
        String html = "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">"
                + "</head><body>Паром</body></html>";
        serve("/equiv", "text/html", html.getBytes(Charset.forName("windows-1251")));

        Fetched page = fetch("/equiv");

        assertEquals(Charset.forName("windows-1251"), page.charset());
        assertEquals(html, page.text());
    }

    @Test
    void xmlDeclarationOfAFeed() {
        String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss><channel><title>€ Fähre</title></channel></rss>";
        serve("/feed.xml", "application/rss+xml", rss.getBytes(Charset.forName("ISO-8859-15")));

        Fetched page = fetch("/feed.xml");

        assertEquals("application/rss+xml", page.contentType());
        assertEquals(Charset.forName("ISO-8859-15"), page.charset());
        assertEquals(rss, page.text());
    }

    @Test
    void undeclaredValidUtf8IsUtf8() {
        serve("/plain", "text/html", ("<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8));

        Fetched page = fetch("/plain");

        assertEquals(StandardCharsets.UTF_8, page.charset());
        assertEquals("<p>" + TEXT + "</p>", page.text());
    }

    @Test
    void undeclaredInvalidUtf8FallsBackToWindows1252() {
        String text = "<p>“Fähre” – 5 €</p>";
        serve("/legacy", "text/html", text.getBytes(CharsetDetector.WINDOWS_1252));

        Fetched page = fetch("/legacy");

        assertEquals(CharsetDetector.WINDOWS_1252, page.charset());
        assertEquals(text, page.text());
    }

    @Test
    void latin1LabelIsReadAsWindows1252LikeBrowsersDo() {
        String text = "<p>“quoted” – dash</p>";
        serve("/latin1", "text/html; charset=ISO-8859-1", text.getBytes(CharsetDetector.WINDOWS_1252));

        Fetched page = fetch("/latin1");

        assertEquals(CharsetDetector.WINDOWS_1252, page.charset());
        assertEquals(text, page.text());
    }

    @Test
    void unknownCharsetLabelInHeaderFallsThroughToContent() {
        serve("/bogus", "text/html; charset=no-such-charset", ("<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8));

        Fetched page = fetch("/bogus");

        assertEquals(StandardCharsets.UTF_8, page.charset());
        assertEquals("<p>" + TEXT + "</p>", page.text());
    }

    @Test
    void missingContentTypeIsAcceptedAndReportedAsNull() {
        serve("/untyped", null, "<p>hello</p>".getBytes(StandardCharsets.UTF_8));

        Fetched page = fetch("/untyped");

        assertNull(page.contentType());
        assertEquals("<p>hello</p>", page.text());
    }

    @Test
    void emptyBodyIsAnEmptyPage() {
        serve("/empty", "text/html", new byte[0]);

        Fetched page = fetch("/empty");

        assertEquals(0, page.body().length);
        assertEquals("", page.text());
    }
}
