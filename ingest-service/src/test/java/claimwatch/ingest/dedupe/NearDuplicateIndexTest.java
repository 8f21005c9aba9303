package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NearDuplicateIndexTest {

    private final Random random = new Random(42);

    @Test
    void emptyIndexFindsNothing() {
        NearDuplicateIndex index = new NearDuplicateIndex(3, 10);
        assertEquals(Optional.empty(), index.nearest(123L));
        assertEquals(0, index.size());
    }

    @Test
    void exactMatchHasDistanceZero() {
        NearDuplicateIndex index = new NearDuplicateIndex(3, 10);
        index.add("a", 0xdeadbeefL);
        assertEquals(Optional.of(new NearDuplicate("a", 0)), index.nearest(0xdeadbeefL));
    }

    @ParameterizedTest(name = "maxDistance {0}")
    @ValueSource(ints = {0, 1, 3, 6, 10, 17, 31})
    void findsEveryFingerprintUpToMaxDistanceAndNoneBeyond(int maxDistance) {
        for (int trial = 0; trial < 300; trial++) {
            NearDuplicateIndex index = new NearDuplicateIndex(maxDistance, 10);
            long stored = random.nextLong();
            index.add("stored", stored);
            assertEquals(Optional.of(new NearDuplicate("stored", maxDistance)), index.nearest(flipBits(stored, maxDistance)));
            if (maxDistance < 64) {
                assertEquals(Optional.empty(), index.nearest(flipBits(stored, maxDistance + 1)));
            }
        }
    }

    @ParameterizedTest(name = "maxDistance {0}")
    @ValueSource(ints = {2, 4, 10})
    void agreesWithABruteForceScan(int maxDistance) {
        NearDuplicateIndex index = new NearDuplicateIndex(maxDistance, 100_000);
        List<Long> stored = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            long fingerprint = i % 3 == 0 && i > 0 ? flipBits(stored.get(random.nextInt(i)), random.nextInt(maxDistance + 4)) : random.nextLong();
            stored.add(fingerprint);
            index.add("a" + i, fingerprint);
        }
        for (int query = 0; query < 2000; query++) {
            long probe = flipBits(stored.get(random.nextInt(stored.size())), random.nextInt(maxDistance + 3));
            assertEquals(bruteForce(stored, probe, maxDistance), index.nearest(probe));
        }
    }

    @Test
    void prefersTheClosestCandidate() {
        NearDuplicateIndex index = new NearDuplicateIndex(6, 10);
        long query = random.nextLong();
        index.add("five", flipBits(query, 5));
        index.add("two", flipBits(query, 2));
        index.add("four", flipBits(query, 4));
        assertEquals(Optional.of(new NearDuplicate("two", 2)), index.nearest(query));
    }

    @Test
    void tieGoesToTheArticleAddedFirst() {
        NearDuplicateIndex index = new NearDuplicateIndex(6, 10);
        long query = 0L;
        index.add("later-in-alphabet-but-first", 0b0011L);
        index.add("a-second", 0b1100L);
        assertEquals(Optional.of(new NearDuplicate("later-in-alphabet-but-first", 2)), index.nearest(query));
    }

    @Test
    void evictsTheOldestBeyondCapacity() {
        NearDuplicateIndex index = new NearDuplicateIndex(3, 3);
        index.add("a", 1L);
        index.add("b", 1L << 20);
        index.add("c", 1L << 40);
        index.add("d", 1L << 60);
        assertEquals(3, index.size());
        assertEquals(Optional.empty(), index.nearest(1L).filter(found -> found.articleId().equals("a")));
        assertEquals("b", index.nearest(1L << 20).orElseThrow().articleId());
        assertEquals("d", index.nearest(1L << 60).orElseThrow().articleId());
    }

    @Test
    void evictedFingerprintsAreNotFoundUnderAnyBlock() {
        NearDuplicateIndex index = new NearDuplicateIndex(10, 1);
        long first = random.nextLong();
        index.add("first", first);
        index.add("second", ~first);
        for (int bits = 0; bits <= 10; bits++) {
            assertEquals(Optional.empty(), index.nearest(flipBits(first, bits)));
        }
    }

    @Test
    void addingAnExistingIdReplacesItsFingerprintAndRefreshesIt() {
        NearDuplicateIndex index = new NearDuplicateIndex(3, 2);
        index.add("a", 0L);
        index.add("b", -1L);
        index.add("a", 0xffff_0000_ffffL);
        assertEquals(2, index.size());
        assertEquals(Optional.empty(), index.nearest(0L));
        assertEquals(Optional.of(new NearDuplicate("a", 0)), index.nearest(0xffff_0000_ffffL));
        index.add("c", 0x1234_5678_0000_0000L);
        assertEquals(2, index.size());
        assertEquals(Optional.empty(), index.nearest(-1L));
        assertEquals("a", index.nearest(0xffff_0000_ffffL).orElseThrow().articleId());
    }

    @Test
    void rejectsUnusableSettingsAndIds() {
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicateIndex(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicateIndex(NearDuplicateIndex.MAX_SUPPORTED_DISTANCE + 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicateIndex(3, 0));
        assertThrows(NullPointerException.class, () -> new NearDuplicateIndex(3, 10).add(null, 1L));
    }

    @Test
    void survivesConcurrentAddsAndLookups() throws Exception {
        NearDuplicateIndex index = new NearDuplicateIndex(4, 5000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread;
                results.add(pool.submit(() -> {
                    Random local = new Random(offset);
                    int found = 0;
                    for (int i = 0; i < 2000; i++) {
                        long fingerprint = local.nextLong();
                        index.add("t" + offset + "-" + i, fingerprint);
                        found += index.nearest(fingerprint).isPresent() ? 1 : 0;
                    }
                    return found;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(2000, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5000, index.size());
    }

    @Test
    void onTheSamplesOnlyTheSyndicatedCopyIsFlagged() {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_MAX_DISTANCE, 100);
        Map<String, String> flagged = new java.util.TreeMap<>();
        // publication order from samples/README.md, undated 09 and 11 last
        for (String number : List.of("05", "07", "15", "03", "06", "02", "01", "14", "04", "08", "10", "12", "13", "11", "09")) {
            long fingerprint = SimHash.fingerprint(SampleArticles.text(number));
            index.nearest(fingerprint).ifPresent(found -> flagged.put(number, found.articleId()));
            index.add(number, fingerprint);
        }
        assertEquals(Map.of("06", "03"), flagged);
    }

    @Test
    void flippingOneBitChangesExactlyOneBlock() {
        for (int maxDistance = 0; maxDistance <= NearDuplicateIndex.MAX_SUPPORTED_DISTANCE; maxDistance++) {
            FingerprintBlocks blocks = new FingerprintBlocks(maxDistance);
            assertEquals(maxDistance + 1, blocks.count());
            long fingerprint = random.nextLong();
            for (int bit = 0; bit < 64; bit++) {
                long flipped = fingerprint ^ (1L << bit);
                int changed = 0;
                for (int block = 0; block < blocks.count(); block++) {
                    changed += blocks.key(fingerprint, block) == blocks.key(flipped, block) ? 0 : 1;
                }
                assertEquals(1, changed, "maxDistance " + maxDistance + " bit " + bit);
            }
        }
    }

    private long flipBits(long fingerprint, int count) {
        List<Integer> positions = new ArrayList<>();
        for (int bit = 0; bit < 64; bit++) {
            positions.add(bit);
        }
        java.util.Collections.shuffle(positions, random);
        long flipped = fingerprint;
        for (int i = 0; i < count; i++) {
            flipped ^= 1L << positions.get(i);
        }
        return flipped;
    }

    private static Optional<NearDuplicate> bruteForce(List<Long> stored, long probe, int maxDistance) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < stored.size(); i++) {
            int distance = SimHash.distance(probe, stored.get(i));
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return bestDistance <= maxDistance ? Optional.of(new NearDuplicate("a" + best, bestDistance)) : Optional.empty();
    }
}
