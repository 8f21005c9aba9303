package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetaTagsTest {

    private final MetaTags meta = MetaTags.of(Jsoup.parse("<head><meta property='og:title' content='First'><meta property='og:title' content='Second'>"
            + "<meta name='Author' content='Jane Doe'><meta itemprop='datePublished' content='2024-03-12'><meta name='empty' content='  '>"
            + "<meta http-equiv='Content-Language' content='es'></head>"));

    @Test
    void theFirstTagWithAKeyWins() {
        assertEquals(Optional.of("First"), meta.first("og:title"));
    }

    @Test
    void keysAreCaseInsensitiveAndComeFromPropertyNameItempropOrHttpEquiv() {
        assertEquals(Optional.of("Jane Doe"), meta.first("author"));
        assertEquals(Optional.of("2024-03-12"), meta.first("datepublished"));
        assertEquals(Optional.of("es"), meta.first("content-language"));
    }

    @Test
    void theFirstOfSeveralKeysThatIsSetIsReturned() {
        assertEquals(Optional.of("Jane Doe"), meta.first("article:author", "author", "og:title"));
    }

    @Test
    void blankAndMissingValuesAreEmpty() {
        assertEquals(Optional.empty(), meta.first("empty"));
        assertEquals(Optional.empty(), meta.first("description"));
    }
}
