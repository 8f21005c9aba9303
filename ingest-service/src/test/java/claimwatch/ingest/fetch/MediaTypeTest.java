package claimwatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeTest {

    @Test
    void essenceIsLowerCaseWithoutParameters() {
        MediaType type = MediaType.parse("Text/HTML; Charset=\"UTF-8\"; boundary=x").orElseThrow();

        assertEquals("text/html", type.essence());
        assertEquals(Optional.of("UTF-8"), type.charset());
    }

    @Test
    void charsetIsOptionalAndUnquoted() {
        assertEquals(Optional.empty(), MediaType.parse("text/html").orElseThrow().charset());
        assertEquals(Optional.of("iso-8859-1"), MediaType.parse("text/html;charset='iso-8859-1'").orElseThrow().charset());
        assertEquals(Optional.empty(), MediaType.parse("text/html; charset=").orElseThrow().charset());
        assertEquals(Optional.of("utf-8"), MediaType.parse("text/html; format=flowed; charset = utf-8").orElseThrow().charset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "html", "text/", "/html", "text/html/x", "text /html"})
    void malformedTypesAreTreatedAsAbsent(String header) {
        assertTrue(MediaType.parse(header).isEmpty(), header);
    }

    @Test
    void absentHeaderIsAbsent() {
        assertTrue(MediaType.parse(null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/plain", "application/xhtml+xml", "application/rss+xml",
        "application/atom+xml", "application/xml", "text/xml", "application/json", "application/feed+json",
        "application/ld+json", "application/rdf+xml"})
    void textualTypesAreReadable(String essence) {
        assertTrue(MediaType.parse(essence).orElseThrow().isReadable(), essence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "video/mp4", "audio/mpeg", "application/pdf", "application/octet-stream",
        "application/zip", "application/javascript", "font/woff2", "application/xml-dtd"})
    void binaryTypesAreNotReadable(String essence) {
        assertFalse(MediaType.parse(essence).orElseThrow().isReadable(), essence);
    }
}
