package claimwatch.ingest.dedupe;

/**
 * 64-bit hashing for fingerprints: FNV-1a over the UTF-16 code units of a word, then the MurmurHash3 64-bit finaliser.
 * FNV-1a alone spreads short ASCII words poorly over the high bits; the finaliser is a bijection with full avalanche,
 * so every output bit depends on every input bit, which both the bit-sampling MinHash and the block index rely on.
 */
final class Hash64 {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Hash64() {
    }

    static long word(CharSequence word) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            hash = (hash ^ (c & 0xff)) * FNV_PRIME;
            hash = (hash ^ (c >>> 8)) * FNV_PRIME;
        }
        return mix(hash);
    }

    /** Order-dependent combination: "a b c" and "c b a" hash differently. */
    static long combine(long accumulator, long next) {
        return mix(accumulator * GOLDEN + next);
    }

    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
