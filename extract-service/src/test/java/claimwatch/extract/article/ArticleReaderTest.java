package claimwatch.extract.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import claimwatch.testing.Contracts;

class ArticleReaderTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private final ArticleReader reader = new ArticleReader(JSON, 500);

    static Iterable<Contracts.Example> examples() {
        return Contracts.examples("articles");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsEveryContractExample(Contracts.Example example) {
        ArticleMessage article = reader.read(example.json());
        assertEquals(Contracts.parse(example.json()).get("id").asText(), article.id());
        assertFalse(article.text().isBlank());
    }

    @Test
    void keepsTheOffsetOfThePublicationTime() {
        ArticleMessage article = reader.read(Contracts.examples("articles").stream()
                .filter(example -> example.name().equals("full.json")).findFirst().orElseThrow().json());
        assertEquals("2024-03-12T07:30Z", article.publishedAt().toInstant().toString().replace(":00Z", "Z"));
        assertTrue(article.ingestedAt() != null);
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        ArticleMessage article = reader.read("""
                {"id": "0b1c2d3e4f5061728394a5b6c7d8e9f0", "ingestedAt": "2024-03-13T10:00:00Z", "text": "41 ships.",
                 "contentHash": "sha256:00", "addedLater": {"x": 1}}""");
        assertEquals("41 ships.", article.text());
    }

    @Test
    void refusesWhatCannotBeExtracted() {
        assertReason("empty record", "");
        assertReason("not an article message", "{\"id\": ");
        assertReason("not an article message", "[1, 2, 3]");
        assertReason("id must be", "{\"id\": \"x\", \"ingestedAt\": \"2024-03-13T10:00:00Z\", \"text\": \"t\"}");
        assertReason("ingestedAt is missing", "{\"id\": \"0b1c2d3e4f5061728394a5b6c7d8e9f0\", \"text\": \"t\"}");
        assertReason("text is empty", "{\"id\": \"0b1c2d3e4f5061728394a5b6c7d8e9f0\", \"ingestedAt\": \"2024-03-13T10:00:00Z\", \"text\": \" \"}");
        assertReason("more than extract.max-text-chars=500", "{\"id\": \"0b1c2d3e4f5061728394a5b6c7d8e9f0\", \"ingestedAt\": \"2024-03-13T10:00:00Z\", \"text\": \""
                + "x".repeat(501) + "\"}");
    }

    private void assertReason(String reason, String record) {
        UnreadableArticleException e = assertThrows(UnreadableArticleException.class, () -> reader.read(record));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
