package claimwatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XXE, entity expansion and other ways a feed could make the parser read files or URLs. */
class FeedSafetyTest {

    private static final String MARKER = "MARKER-7f3a9c-do-not-leak";
    private static final String FEED_URL = "https://attacker.example/feed.xml";

    private final FeedParser parser = new FeedParser(100);
    private Path secret;

    @BeforeEach
    void writeSecretFile(@TempDir Path directory) throws Exception {
        secret = directory.resolve("secret.txt");
        Files.writeString(secret, MARKER);
    }

    /** A document of the given kind whose title, link or loc references the entity {@code &xxe;}. */
    private static String withEntityReference(String kind, String doctype) {
        return switch (kind) {
            case "rss" -> doctype + "<rss version=\"2.0\"><channel><title>&xxe;</title><link>https://a.example/</link><description>d</description>"
                    + "<item><title>&xxe;</title><link>https://a.example/x</link></item></channel></rss>";
            case "atom" -> doctype + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>i</id><updated>2024-03-11T00:00:00Z</updated>"
                    + "<entry><title>&xxe;</title><id>e</id><link href=\"https://a.example/x\"/><updated>2024-03-11T00:00:00Z</updated></entry></feed>";
            case "rdf" -> doctype + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
                    + "<channel rdf:about=\"https://a.example/\"><title>t</title><link>https://a.example/</link><description>d</description></channel>"
                    + "<item rdf:about=\"https://a.example/x\"><title>&xxe;</title><link>https://a.example/x</link></item></rdf:RDF>";
            case "sitemap" -> doctype + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/&xxe;</loc></url></urlset>";
            case "news" -> doctype + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                    + "<url><loc>https://a.example/x</loc><news:news><news:publication><news:name>A</news:name><news:language>en</news:language></news:publication>"
                    + "<news:publication_date>2024-03-11</news:publication_date><news:title>&xxe;</news:title></news:news></url></urlset>";
            case "index" -> doctype + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://a.example/&xxe;.xml</loc></sitemap></sitemapindex>";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private FeedParseException refused(String document) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FeedParseException.class, () -> parser.parse(document.getBytes(StandardCharsets.UTF_8), "application/xml", FEED_URL)));
    }

    private static void assertMarkerAbsent(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains(MARKER), "the secret file's content leaked into the exception");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rss", "atom", "rdf", "sitemap", "news", "index"})
    void externalFileEntityIsRefusedAndTheFileNeverAppears(String kind) {
        String doctype = "<!DOCTYPE root [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        FeedParseException e = refused(withEntityReference(kind, doctype));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertMarkerAbsent(e);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rss", "atom", "rdf", "sitemap", "news", "index"})
    void externalHttpEntityIsRefusedAndNeverFetched(String kind) throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(MARKER)) {
            String doctype = "<!DOCTYPE root [<!ENTITY xxe SYSTEM \"" + server.url("/entity") + "\">]>";
            FeedParseException e = refused(withEntityReference(kind, doctype));
            assertMarkerAbsent(e);
            assertEquals(0, server.requests());
        }
    }

    @Test
    void entityPointingAtAClosedLocalPortIsRefusedWithoutAConnectionError() {
        FeedParseException e = refused(withEntityReference("rss", "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"http://127.0.0.1:1/x\">]>"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void etcPasswdEntityIsRefused() {
        FeedParseException e = refused(withEntityReference("rss", "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void parameterEntityFetchingAnExternalDtdIsRefusedAndNeverFetched() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer("<!ENTITY xxe \"" + MARKER + "\">")) {
            String doctype = "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + server.url("/evil.dtd") + "\"> %remote;]>";
            assertMarkerAbsent(refused(withEntityReference("rss", doctype)));
            assertEquals(0, server.requests());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rss", "atom", "rdf"})
    void externalDtdDeclaringTheEntityIsNeverFetchedAndTheReferenceIsRefused(String kind) throws Exception {
        try (LocalHttpServer server = new LocalHttpServer("<!ENTITY xxe \"" + MARKER + "\">")) {
            String doctype = "<!DOCTYPE root SYSTEM \"" + server.url("/entities.dtd") + "\">";
            FeedParseException e = refused(withEntityReference(kind, doctype));
            assertTrue(e.getMessage().contains("&xxe;"), e.getMessage());
            assertMarkerAbsent(e);
            assertEquals(0, server.requests());
        }
    }

    @Test
    void bareDoctypeWithAnExternalDtdParsesWithoutFetchingIt() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer("<!ENTITY title \"" + MARKER + "\">")) {
            String rss = "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"" + server.url("/rss-0.91.dtd") + "\">"
                    + "<rss version=\"0.91\"><channel><title>t</title><link>https://a.example/</link><description>d</description><language>en</language>"
                    + "<item><title>Plain</title><link>https://a.example/x</link></item></channel></rss>";
            ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, FEED_URL);
            assertEquals(List.of("https://a.example/x"), feed.entries().stream().map(FeedEntry::url).toList());
            assertEquals(0, server.requests());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rss", "atom", "sitemap"})
    void billionLaughsIsRefusedQuickly(String kind) {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE root [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            doctype.append("<!ENTITY lol").append(level).append(" \"");
            for (int copy = 0; copy < 10; copy++) {
                doctype.append("&lol").append(level - 1).append(';');
            }
            doctype.append("\">");
        }
        String document = withEntityReference(kind, doctype.append("<!ENTITY xxe \"&lol9;\">]>").toString());
        long start = System.nanoTime();
        FeedParseException e = refused(document);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[feed] billion laughs (" + kind + ") refused in " + millis + " ms: " + e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void quadraticBlowupIsRefused() {
        String big = "x".repeat(100_000);
        StringBuilder references = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            references.append("&big;");
        }
        String rss = "<!DOCTYPE rss [<!ENTITY big \"" + big + "\">]><rss version=\"2.0\"><channel><title>" + references
                + "</title><link>https://a.example/</link><description>d</description></channel></rss>";
        assertTrue(refused(rss).getMessage().contains("DOCTYPE"));
    }

    @Test
    void undeclaredEntityIsRefusedByName() {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description>"
                + "<item><title>Tom&nbsp;and&nbsp;Jerry</title><link>https://a.example/x</link></item></channel></rss>";
        FeedParseException e = refused(rss);
        assertTrue(e.getMessage().contains("&nbsp;"), e.getMessage());
    }

    @Test
    void entityReferenceInsideASkippedEntryIsRefusedToo() {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description>");
        for (int i = 0; i < 3; i++) {
            rss.append("<item><link>https://a.example/").append(i).append("</link></item>");
        }
        rss.append("<item><title>&xxe;</title><link>https://a.example/3</link></item></channel></rss>");
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> new FeedParser(2).parse(rss.toString().getBytes(StandardCharsets.UTF_8), null, FEED_URL));
        assertTrue(e.getMessage().contains("&xxe;"), e.getMessage());
    }

    @Test
    void predefinedAndNumericCharacterReferencesAreFine() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description>"
                + "<item><title>&lt;Ferry&gt; &amp; &quot;deal&quot; &apos;430&apos; &#8364; &#x20AC;</title><link>https://a.example/x?a=1&amp;b=2</link></item></channel></rss>";
        FeedEntry entry = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, FEED_URL).entries().get(0);
        assertEquals("<Ferry> & \"deal\" '430' € €", entry.title().orElseThrow());
        assertEquals("https://a.example/x?a=1&b=2", entry.url());
    }

    @Test
    void xincludeIsNotProcessed() throws Exception {
        String rss = "<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><title>t</title><link>https://a.example/</link><description>d</description>"
                + "<item><title>Before <xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/> after</title><link>https://a.example/x</link></item></channel></rss>";
        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, FEED_URL);
        assertEquals(1, feed.entries().size());
        assertFalse(feed.entries().get(0).title().orElse("").contains(MARKER));
    }

    @Test
    void stylesheetProcessingInstructionIsIgnoredAndNotFetched() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer("<xsl:stylesheet/>")) {
            String rss = "<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"" + server.url("/style.xsl") + "\"?>"
                    + "<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description>"
                    + "<item><link>https://a.example/x</link></item></channel></rss>";
            assertEquals(1, parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, FEED_URL).entries().size());
            assertEquals(0, server.requests());
        }
    }

    @Test
    void gzipBombIsRefused() throws Exception {
        byte[] zeros = new byte[1024 * 1024];
        java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(compressed)) {
            gzip.write("<rss version=\"2.0\"><channel><title>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 60; i++) {
                gzip.write(zeros);
            }
        }
        System.out.println("[feed] gzip bomb: " + compressed.size() + " bytes inflating to 60 MiB");
        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(compressed.toByteArray(), "application/gzip", FEED_URL));
        assertTrue(e.getMessage().contains("gzip"), e.getMessage());
    }
}
