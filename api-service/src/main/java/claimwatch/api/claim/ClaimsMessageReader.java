package claimwatch.api.claim;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses a {@code claims} record and refuses what the read model cannot store, with a reason for the dead-letter topic. */
public final class ClaimsMessageReader {

    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern CLAIM_ID = Pattern.compile("[0-9a-f]{24}");

    private final ObjectMapper json;

    public ClaimsMessageReader(ObjectMapper json) {
        this.json = json;
    }

    public ArticleClaimsMessage read(String record) {
        if (record == null || record.isBlank()) {
            throw new InvalidClaimsMessageException("empty record");
        }
        ArticleClaimsMessage message;
        try {
            message = json.readValue(record, ArticleClaimsMessage.class);
        } catch (JsonProcessingException e) {
            throw new InvalidClaimsMessageException("not a claims message: " + e.getOriginalMessage(), e);
        }
        check(message);
        return message;
    }

    private static void check(ArticleClaimsMessage message) {
        require(message.articleId() != null && ARTICLE_ID.matcher(message.articleId()).matches(), "articleId must be 32 lower-case hex digits");
        require(message.extractor() != null && !message.extractor().isBlank(), "extractor is missing");
        require(message.extractorVersion() != null && message.extractorVersion() >= 1, "extractorVersion must be a positive integer");
        require(message.extractedAt() != null, "extractedAt is missing");
        ArticleClaimsMessage.Article article = message.article();
        require(article != null, "article is missing");
        require(message.articleId().equals(article.id()), "article.id differs from articleId");
        require(article.ingestedAt() != null, "article.ingestedAt is missing");
        require(article.text() != null, "article.text is missing");
        require(message.claims() != null, "claims is missing");
        Set<String> ids = new HashSet<>();
        for (ArticleClaimsMessage.Claim claim : message.claims()) {
            require(claim != null && claim.id() != null && CLAIM_ID.matcher(claim.id()).matches(), "claim id must be 24 lower-case hex digits");
            require(ids.add(claim.id()), "claim id " + claim.id() + " occurs twice");
            require(claim.text() != null && !claim.text().isBlank(), "claim " + claim.id() + " has no text");
            require(claim.sentenceIndex() != null && claim.sentenceIndex() >= 0, "claim " + claim.id() + " has no sentenceIndex");
            ArticleClaimsMessage.Span span = claim.span();
            require(span != null && span.start() != null && span.end() != null
                    && 0 <= span.start() && span.start() <= span.end() && span.end() <= article.text().length(),
                    "claim " + claim.id() + " has a span outside the article text");
        }
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new InvalidClaimsMessageException(reason);
        }
    }
}
