package claimwatch.api.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.json.JsonMapper;

/** Builds valid {@code claims} records for tests: the sentences become the article text and each one a claim. */
public final class ClaimsMessages {

    private ClaimsMessages() {
    }

    static String freshArticleId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A claim as extractor version 1 sends it: id, text, span and sentence index only. */
    public static ArticleClaimsMessage.Claim withoutFacets(String id, String text, int start, int sentenceIndex) {
        return new ArticleClaimsMessage.Claim(id, text, new ArticleClaimsMessage.Span(start, start + text.length()), sentenceIndex,
                null, null, null, null, null, null, null, null, null);
    }

    static String json(String articleId, int version, String ingestedAt, List<String> sentences) {
        String text = String.join(" ", sentences);
        List<ArticleClaimsMessage.Claim> claims = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            String id = (articleId + "%08d".formatted(i)).substring(articleId.length() - 16);
            claims.add(withoutFacets(id, sentence, start, i));
            start += sentence.length() + 1;
        }
        ArticleClaimsMessage message = new ArticleClaimsMessage(articleId, "numeric-sentence", version,
                Instant.parse("2024-03-12T09:00:00Z"),
                new ArticleClaimsMessage.Article(articleId, "https://www.harbortimes.example/" + articleId, "Harbor Times", "Title " + articleId,
                        null, null, Instant.parse(ingestedAt), "en", text, null),
                claims);
        try {
            return JsonMapper.builder().findAndAddModules().build().writeValueAsString(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
