package claimwatch.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test feeds under {@code src/test/resources/feed/}. */
final class FeedResources {

    private FeedResources() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = FeedResources.class.getResourceAsStream("/feed/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource feed/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
