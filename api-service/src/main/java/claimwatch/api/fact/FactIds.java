package claimwatch.api.fact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids: the first 24 hex digits of the SHA-256 of the parts joined by "|". */
final class FactIds {

    private FactIds() {
    }

    static String of(String... parts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value as the id sees it: kind, unit and the written figure, independent of the wording's qualifier. */
    static String canonical(FactValue value) {
        if (value.kind().equals("date")) {
            return "date " + value.date();
        }
        String amount = java.math.BigDecimal.valueOf(value.amount()).stripTrailingZeros().toPlainString();
        String upper = value.upper() == null ? "" : "-" + java.math.BigDecimal.valueOf(value.upper()).stripTrailingZeros().toPlainString();
        return value.kind() + " " + (value.unit() == null ? "" : value.unit() + " ") + amount + upper;
    }
}
