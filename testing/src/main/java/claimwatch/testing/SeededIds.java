package claimwatch.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids for test records that are fresh per seed and the same on every run: hex digits of the seed's SHA-256. */
public final class SeededIds {

    private SeededIds() {
    }

    /** The first {@code digits} hex digits (at most 64) of the SHA-256 of {@code seed}. */
    public static String hex(String seed, int digits) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8))).substring(0, digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
