package claimwatch.api.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.json.JsonMapper;

import claimwatch.testing.Contracts;

class ClaimsMessageReaderTest {

    private final ClaimsMessageReader reader = new ClaimsMessageReader(JsonMapper.builder().findAndAddModules().build());

    static Iterable<Contracts.Example> examples() {
        return Contracts.examples("claims");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsEveryContractExample(Contracts.Example example) {
        ArticleClaimsMessage message = reader.read(example.json());
        assertEquals(Contracts.parse(example.json()).get("claims").size(), message.claims().size());
        assertEquals(message.articleId(), message.article().id());
    }

    @Test
    void refusesWhatCannotBeStored() {
        assertReason("empty record", " ");
        assertReason("not a claims message", "{\"articleId\": ");
        assertReason("articleId must be", message("X", 1, "\"claims\": []"));
        assertReason("extractorVersion must be", message("3f9a1c2be84d47a0b6e2d5c1f0a9b877", 0, "\"claims\": []"));
        assertReason("claims is missing", message("3f9a1c2be84d47a0b6e2d5c1f0a9b877", 1, "\"other\": []"));
        assertReason("span outside", message("3f9a1c2be84d47a0b6e2d5c1f0a9b877", 1,
                "\"claims\": [{\"id\": \"5d41402abc4b2a76b9719d91\", \"text\": \"x\", \"span\": {\"start\": 0, \"end\": 999}, \"sentenceIndex\": 0}]"));
        assertReason("occurs twice", message("3f9a1c2be84d47a0b6e2d5c1f0a9b877", 1,
                "\"claims\": [{\"id\": \"5d41402abc4b2a76b9719d91\", \"text\": \"x\", \"span\": {\"start\": 0, \"end\": 1}, \"sentenceIndex\": 0},"
                        + "{\"id\": \"5d41402abc4b2a76b9719d91\", \"text\": \"y\", \"span\": {\"start\": 0, \"end\": 1}, \"sentenceIndex\": 1}]"));
    }

    @Test
    void refusesAnArticleThatIsNotTheKeyedOne() {
        String json = message("3f9a1c2be84d47a0b6e2d5c1f0a9b877", 1, "\"claims\": []").replace("\"id\": \"3f9a1c2be84d47a0b6e2d5c1f0a9b877\"",
                "\"id\": \"0b1c2d3e4f5061728394a5b6c7d8e9f0\"");
        assertReason("article.id differs", json);
    }

    private void assertReason(String reason, String record) {
        InvalidClaimsMessageException e = assertThrows(InvalidClaimsMessageException.class, () -> reader.read(record));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static String message(String articleId, int version, String claims) {
        return "{\"articleId\": \"" + articleId + "\", \"extractor\": \"numeric-sentence\", \"extractorVersion\": " + version
                + ", \"extractedAt\": \"2024-03-12T09:00:00Z\", \"article\": {\"id\": \"" + articleId
                + "\", \"ingestedAt\": \"2024-03-12T09:00:00Z\", \"text\": \"Some 41 words.\"}, " + claims + "}";
    }
}
