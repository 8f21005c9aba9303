package claimwatch.ingest.dedupe;

/**
 * A 64-bit near-duplicate fingerprint of a text, compared by Hamming distance. Despite the name (kept for the
 * callers), the bits are a one-bit MinHash (Li and König's b-bit minwise hashing with b = 1) over 3-word shingles,
 * not Charikar's SimHash: over 30 hash seeds on the sample articles, SimHash put the syndicated pair 03/06 up to 17
 * bits apart while two independent articles came as close as 17, so no threshold separated them. One-bit MinHash
 * has expected distance 32 x (1 - Jaccard similarity of the shingle sets): it measured 3 to 11 bits for the
 * syndicated pair and at least 15 for independent articles ({@code MinHashVersusSimHashTest}).
 */
public final class SimHash {

    public static final int SHINGLE_WORDS = 3;
    static final long DEFAULT_SEED = 0x5eed_c1a1_3a7c_4001L;

    private SimHash() {
    }

    /** Fingerprint of a text; an empty or blank text (no words) has fingerprint 0. */
    public static long fingerprint(String text) {
        return fingerprint(text, DEFAULT_SEED);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static long fingerprint(String text, long seed) {
        long[] shingles = Words.shingleHashes(Words.of(text), SHINGLE_WORDS);
        if (shingles.length == 0) {
            return 0L;
        }
        long fingerprint = 0L;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            // xor with a per-bit key then the finaliser acts as one of 64 independent random orderings of shingles
            long key = Hash64.mix(seed + bit * Hash64.GOLDEN);
            long minimum = -1L;
            for (long shingle : shingles) {
                long rank = Hash64.mix(shingle ^ key);
                if (Long.compareUnsigned(rank, minimum) < 0) {
                    minimum = rank;
                }
            }
            fingerprint |= (minimum & 1L) << bit;
        }
        return fingerprint;
    }
}
