package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToLongBiFunction;

import org.junit.jupiter.api.Test;

/**
 * Why {@link SimHash} computes a one-bit MinHash: over the same shingles and 30 seeds, Charikar's SimHash leaves a
 * smaller (or no) gap between the syndicated pair and the closest independent pair of sample articles.
 */
class MinHashVersusSimHashTest {

    private final List<SampleArticles> articles = SampleArticles.all();

    @Test
    void oneBitMinHashSeparatesTheSamplesWithAWiderMargin() {
        Margin minHash = margin(SimHash::fingerprint);
        Margin simHash = margin(MinHashVersusSimHashTest::charikar);
        System.out.println("[dedupe] 30 seeds, one-bit MinHash: " + minHash);
        System.out.println("[dedupe] 30 seeds, Charikar SimHash: " + simHash);
        assertTrue(minHash.gap() > simHash.gap(), minHash + " vs " + simHash);
        assertTrue(minHash.gap() > 0, minHash.toString());
    }

    private Margin margin(ToLongBiFunction<String, Long> fingerprint) {
        int worstSyndicated = 0;
        int closestIndependent = 64;
        for (long seed = 1; seed <= 30; seed++) {
            long mixed = Hash64.mix(seed);
            long[] prints = articles.stream().mapToLong(a -> fingerprint.applyAsLong(a.text(), mixed)).toArray();
            for (int i = 0; i < prints.length; i++) {
                for (int j = i + 1; j < prints.length; j++) {
                    int distance = SimHash.distance(prints[i], prints[j]);
                    if (articles.get(i).isSyndicatedPairWith(articles.get(j))) {
                        worstSyndicated = Math.max(worstSyndicated, distance);
                    } else {
                        closestIndependent = Math.min(closestIndependent, distance);
                    }
                }
            }
        }
        return new Margin(worstSyndicated, closestIndependent);
    }

    /** Charikar's SimHash over the same 3-word shingles: each shingle votes +1/-1 per bit, the sign is the bit. */
    private static long charikar(String text, long seed) {
        int[] votes = new int[Long.SIZE];
        for (long shingle : Words.shingleHashes(Words.of(text), SimHash.SHINGLE_WORDS)) {
            long hash = Hash64.mix(shingle ^ seed);
            for (int bit = 0; bit < Long.SIZE; bit++) {
                votes[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long fingerprint = 0L;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            fingerprint |= votes[bit] > 0 ? 1L << bit : 0L;
        }
        return fingerprint;
    }

    record Margin(int worstSyndicated, int closestIndependent) {
        int gap() {
            return closestIndependent - worstSyndicated;
        }
    }
}
