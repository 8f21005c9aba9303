package claimwatch.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Robots rules per origin (scheme, host, port) until they expire; expired entries are dropped when it grows. */
final class RobotsCache {

    private record Entry(RobotsRules rules, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int sweepAbove;

    RobotsCache(Clock clock, int sweepAbove) {
        this.clock = clock;
        this.sweepAbove = sweepAbove;
    }

    Optional<RobotsRules> get(String origin) {
        Entry entry = entries.get(origin);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(origin, entry);
            return Optional.empty();
        }
        return Optional.of(entry.rules());
    }

    void put(String origin, RobotsRules rules, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        Instant now = clock.instant();
        entries.put(origin, new Entry(rules, now.plus(ttl)));
        if (entries.size() > sweepAbove) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
        }
        // Still crowded with live entries (many one-off submitted sites): forgetting some only costs a refetch.
        var overflow = entries.keySet().iterator();
        while (entries.size() > sweepAbove && overflow.hasNext()) {
            String key = overflow.next();
            if (!key.equals(origin)) {
                overflow.remove();
            }
        }
    }

    int size() {
        return entries.size();
    }
}
