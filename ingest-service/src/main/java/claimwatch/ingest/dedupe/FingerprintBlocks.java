package claimwatch.ingest.dedupe;

/**
 * Splits a 64-bit fingerprint into {@code maxDistance + 1} contiguous blocks of near-equal width. By the pigeonhole
 * principle two fingerprints at most {@code maxDistance} bits apart agree exactly on at least one block, so exact
 * look-ups per block find every candidate.
 */
final class FingerprintBlocks {

    private final int[] shifts;
    private final long[] masks;

    FingerprintBlocks(int maxDistance) {
        int count = maxDistance + 1;
        shifts = new int[count];
        masks = new long[count];
        int shift = 0;
        for (int block = 0; block < count; block++) {
            int width = Long.SIZE / count + (block < Long.SIZE % count ? 1 : 0);
            shifts[block] = shift;
            masks[block] = width == Long.SIZE ? -1L : (1L << width) - 1;
            shift += width;
        }
    }

    int count() {
        return shifts.length;
    }

    long key(long fingerprint, int block) {
        return (fingerprint >>> shifts[block]) & masks[block];
    }
}
