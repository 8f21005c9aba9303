package claimwatch.ingest.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Identity of an article's content: the SHA-256 of its text after Unicode NFC and white-space folding, so the same
 * article pushed twice, or fetched from two URLs, gets the same id.
 */
public record ArticleIdentity(String id, String contentHash) {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    public static ArticleIdentity of(String text) {
        String normalised = WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        String hex = HexFormat.of().formatHex(sha256(normalised));
        return new ArticleIdentity(hex.substring(0, 32), "sha256:" + hex);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
