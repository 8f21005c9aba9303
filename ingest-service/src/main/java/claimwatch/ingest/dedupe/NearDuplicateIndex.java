package claimwatch.ingest.dedupe;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The most recent {@code capacity} article fingerprints, searchable for the closest one within {@code maxDistance}
 * bits. Each fingerprint is filed under each of its {@code maxDistance + 1} blocks; a search compares only the
 * fingerprints that share a block with the query. Ties go to the article added first, the likely original.
 */
public final class NearDuplicateIndex {

    /**
     * Measured on the samples with the default seed: the syndicated pair 03/06 is 4 bits apart, the closest two
     * independent articles (08/11, same story) 19; over 30 other seeds the pair ranged 3 to 11 and the closest
     * independent pair 15 to 26. 10 leans low because a false match would drop an independent article's claims,
     * while a missed copy is only counted twice: two unrelated texts fall within 10 bits with probability about 1e-8.
     */
    public static final int DEFAULT_MAX_DISTANCE = 10;
    /** About a week of articles from a few hundred feeds; at 10 bits, about 2e-4 false matches per look-up. */
    public static final int DEFAULT_CAPACITY = 20_000;
    public static final int MAX_SUPPORTED_DISTANCE = 31;

    private record Entry(String articleId, long fingerprint, long sequence) {
    }

    private final int maxDistance;
    private final int capacity;
    private final FingerprintBlocks blocks;
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<Long, Set<Entry>>[] byBlock;
    private long nextSequence;

    @SuppressWarnings("unchecked")
    public NearDuplicateIndex(int maxDistance, int capacity) {
        if (maxDistance < 0 || maxDistance > MAX_SUPPORTED_DISTANCE) {
            throw new IllegalArgumentException("maxDistance must be between 0 and " + MAX_SUPPORTED_DISTANCE + ": " + maxDistance);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.maxDistance = maxDistance;
        this.capacity = capacity;
        this.blocks = new FingerprintBlocks(maxDistance);
        this.byBlock = new Map[blocks.count()];
        for (int block = 0; block < byBlock.length; block++) {
            byBlock[block] = new HashMap<>();
        }
    }

    public synchronized Optional<NearDuplicate> nearest(long fingerprint) {
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int block = 0; block < byBlock.length; block++) {
            Set<Entry> bucket = byBlock[block].get(blocks.key(fingerprint, block));
            if (bucket == null) {
                continue;
            }
            for (Entry candidate : bucket) {
                int distance = SimHash.distance(fingerprint, candidate.fingerprint());
                if (distance < bestDistance || (distance == bestDistance && candidate.sequence() < best.sequence())) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return bestDistance <= maxDistance ? Optional.of(new NearDuplicate(best.articleId(), bestDistance)) : Optional.empty();
    }

    /** Adds an article, or moves it to the newest position with its new fingerprint if already present. */
    public synchronized void add(String articleId, long fingerprint) {
        Objects.requireNonNull(articleId, "articleId");
        Entry previous = byId.remove(articleId);
        if (previous != null) {
            unfile(previous);
        }
        Entry entry = new Entry(articleId, fingerprint, nextSequence++);
        byId.put(articleId, entry);
        for (int block = 0; block < byBlock.length; block++) {
            byBlock[block].computeIfAbsent(blocks.key(fingerprint, block), key -> new LinkedHashSet<>()).add(entry);
        }
        if (byId.size() > capacity) {
            Iterator<Entry> oldest = byId.values().iterator();
            unfile(oldest.next());
            oldest.remove();
        }
    }

    public synchronized int size() {
        return byId.size();
    }

    private void unfile(Entry entry) {
        for (int block = 0; block < byBlock.length; block++) {
            long key = blocks.key(entry.fingerprint(), block);
            Set<Entry> bucket = byBlock[block].get(key);
            bucket.remove(entry);
            if (bucket.isEmpty()) {
                byBlock[block].remove(key);
            }
        }
    }
}
