package claimwatch.api.fact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.json.JsonMapper;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.claim.ClaimsMessageReader;

/** The sample fixture: the claims records of the 15 sample articles, in manifest order. */
public final class SampleStory {

    private SampleStory() {
    }

    public static List<ArticleClaimsMessage> messages() {
        ClaimsMessageReader reader = new ClaimsMessageReader(JsonMapper.builder().findAndAddModules().build());
        List<ArticleClaimsMessage> messages = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SampleStory.class.getResourceAsStream("/samples/claims.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    messages.add(reader.read(line));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return messages;
    }

    /** The message of the sample article whose number (1 to 15, manifest order) is given. */
    public static ArticleClaimsMessage article(List<ArticleClaimsMessage> messages, int number) {
        return messages.get(number - 1);
    }

    public static List<StoryClaim> claims(List<ArticleClaimsMessage> messages, int... numbers) {
        List<StoryClaim> claims = new ArrayList<>();
        for (int number : numbers) {
            ArticleClaimsMessage message = article(messages, number);
            ArticleRef ref = new ArticleRef(message.articleId(), message.article().outlet(), message.article().reportedAt(),
                    message.article().duplicateOf());
            message.claims().forEach(claim -> claims.add(new StoryClaim(ref, claim)));
        }
        return claims;
    }

    public static final int[] FERRY = { 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 13, 14 };
}
