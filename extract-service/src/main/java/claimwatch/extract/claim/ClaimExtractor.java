package claimwatch.extract.claim;

import java.time.OffsetDateTime;
import java.util.List;

/** Turns an article's text into claims. Implementations are pure functions of their input. */
public interface ClaimExtractor {

    /** Name written on every claims message, with {@link #version()}. */
    String name();

    /** Raised whenever the output for the same input may change; the api keeps the highest version per article. */
    int version();

    /** {@code publishedAt} (nullable) anchors relative dates such as "last week". */
    List<Claim> extract(String articleId, String text, OffsetDateTime publishedAt);
}
