package claimwatch.api.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import claimwatch.testing.SeededIds;

/**
 * The claims records of the 15 sample articles (samples/claims.jsonl), and fresh copies of them: new article and
 * claim ids, another outlet, another published time, another extractor version.
 */
final class SampleClaims {

    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private SampleClaims() {
    }

    static List<ArticleClaimsMessage> all() {
        try (InputStream in = SampleClaims.class.getResourceAsStream("/samples/claims.jsonl")) {
            List<ArticleClaimsMessage> messages = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    messages.add(JSON.readValue(line, ArticleClaimsMessage.class));
                }
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample's copy with fresh ids, published {@code shift} later than the original, same outlet. */
    static ArticleClaimsMessage copy(ArticleClaimsMessage sample, String seed, java.time.Duration shift) {
        ArticleClaimsMessage.Article article = sample.article();
        OffsetDateTime published = (article.publishedAt() == null ? article.ingestedAt().atOffset(ZoneOffset.UTC) : article.publishedAt()).plus(shift);
        return copy(sample, SeededIds.hex(seed + sample.articleId(), 32), article.outlet(), published, sample.extractorVersion());
    }

    static ArticleClaimsMessage copy(ArticleClaimsMessage sample, String articleId, String outlet, OffsetDateTime published, int version) {
        ArticleClaimsMessage.Article a = sample.article();
        ArticleClaimsMessage.Article article = new ArticleClaimsMessage.Article(articleId, a.url() + "?copy=" + articleId, outlet, a.title(),
                a.author(), published, published.toInstant().plusSeconds(90), a.language(), a.text(), null);
        return new ArticleClaimsMessage(articleId, sample.extractor(), version, sample.extractedAt(), article, freshClaims(articleId, sample.claims()));
    }

    static List<ArticleClaimsMessage.Claim> freshClaims(String articleId, List<ArticleClaimsMessage.Claim> claims) {
        return claims.stream().map(c -> new ArticleClaimsMessage.Claim(SeededIds.hex(articleId + c.id(), 24), c.text(), c.span(), c.sentenceIndex(),
                c.kind(), c.quantities(), c.money(), c.dates(), c.entities(), c.attribution(), c.modality(), c.checkworthiness(), c.slots()))
                .toList();
    }

    static ArticleClaimsMessage withVersion(ArticleClaimsMessage message, int version, List<ArticleClaimsMessage.Claim> claims) {
        return new ArticleClaimsMessage(message.articleId(), message.extractor(), version, message.extractedAt(), message.article(), claims);
    }

    static String json(ArticleClaimsMessage message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instant reportedAt(ArticleClaimsMessage message) {
        return message.article().reportedAt();
    }
}
