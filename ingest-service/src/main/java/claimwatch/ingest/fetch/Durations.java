package claimwatch.ingest.fetch;

import java.time.Duration;
import java.util.Locale;

/** Short human text for durations in operator details: "5 s", "1.5 s", "250 ms". */
final class Durations {

    private Durations() {
    }

    static String text(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static String nanos(long nanos) {
        return text(Duration.ofNanos(nanos));
    }
}
