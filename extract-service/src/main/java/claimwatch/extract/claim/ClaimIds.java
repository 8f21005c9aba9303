package claimwatch.extract.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Stable claim ids: a hash of the article id, the claim text and how many times that text already occurred in the
 * article, so re-extraction gives the same ids while sentences elsewhere in the article may come and go.
 */
final class ClaimIds {

    private final String articleId;
    private final Map<String, Integer> occurrences = new HashMap<>();

    ClaimIds(String articleId) {
        this.articleId = articleId;
    }

    String next(String claimText) {
        int occurrence = occurrences.merge(claimText, 1, Integer::sum);
        String key = articleId + '\n' + claimText + '\n' + occurrence;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
