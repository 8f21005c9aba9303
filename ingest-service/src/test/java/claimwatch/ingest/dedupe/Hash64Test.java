package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class Hash64Test {

    @Test
    void finaliserAvalanches() {
        Random random = new Random(1);
        long changedBits = 0;
        int trials = 2000;
        for (int trial = 0; trial < trials; trial++) {
            long input = random.nextLong();
            int bit = random.nextInt(64);
            changedBits += Long.bitCount(Hash64.mix(input) ^ Hash64.mix(input ^ (1L << bit)));
        }
        double mean = (double) changedBits / trials;
        assertTrue(mean > 31 && mean < 33, "mean flipped bits " + mean);
    }

    @Test
    void wordHashesDifferForSimilarWords() {
        Set<Long> hashes = new HashSet<>();
        for (String word : new String[] {"ab", "ba", "a", "b", "aa", "", "ferry", "ferries", "Ferry", "430", "4300", "ñ", "n"}) {
            assertTrue(hashes.add(Hash64.word(word)), word);
        }
    }

    @Test
    void wordHashUsesBothBytesOfEachChar() {
        assertNotEquals(Hash64.word("\u0141"), Hash64.word("\u0041"));
        assertNotEquals(Hash64.word("\u4e00"), Hash64.word("\u0000\u004e"));
    }

    @Test
    void wordHashesSpreadOverTheHighBits() {
        Set<Long> topBytes = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            topBytes.add(Hash64.word("w" + i) >>> 56);
        }
        assertEquals(256, topBytes.size());
    }

    @Test
    void combineIsOrderDependent() {
        long a = Hash64.word("valderra");
        long b = Hash64.word("ferry");
        assertNotEquals(Hash64.combine(Hash64.combine(Hash64.GOLDEN, a), b), Hash64.combine(Hash64.combine(Hash64.GOLDEN, b), a));
    }
}
