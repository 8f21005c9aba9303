package claimwatch.api.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import claimwatch.api.text.Folding;

/**
 * Entity ids: the first 16 hex digits of sha-256("type|folded canonical"), the same for every outlet and article.
 * Folding lower-cases and drops accents, so "Joaquín Rendal" (a translated page) and "Joaquin Rendal" are one entity.
 */
public final class EntityIds {

    private EntityIds() {
    }

    public static String of(String type, String canonical) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((type + "|" + Folding.fold(canonical)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
