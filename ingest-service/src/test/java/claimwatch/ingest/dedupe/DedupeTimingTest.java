package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Prints the cost of fingerprint + nearest for a 700-word article; figures only, timing is not asserted. */
class DedupeTimingTest {

    @Test
    void fingerprintAndNearestOnA700WordArticle() {
        String article = sevenHundredWords();
        assertEquals(700, Words.of(article).size());
        Random random = new Random(3);
        for (int capacity : new int[] {1_000, 20_000, 100_000}) {
            NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_MAX_DISTANCE, capacity);
            for (int i = 0; i < capacity; i++) {
                index.add("filler-" + i, random.nextLong());
            }
            index.add("article", SimHash.fingerprint(article));
            int rounds = 3000;
            long found = 0;
            for (int i = 0; i < 500; i++) {
                found += index.nearest(SimHash.fingerprint(article)).isPresent() ? 1 : 0;
            }
            long fingerprintNanos = 0;
            long nearestNanos = 0;
            Optional<NearDuplicate> last = Optional.empty();
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                long fingerprint = SimHash.fingerprint(article);
                long middle = System.nanoTime();
                last = index.nearest(fingerprint);
                long end = System.nanoTime();
                fingerprintNanos += middle - start;
                nearestNanos += end - middle;
            }
            System.out.printf("[dedupe] 700 words, index of %,d: fingerprint %.1f us, nearest %.1f us (mean of %d)%n",
                    capacity + 1, fingerprintNanos / 1e3 / rounds, nearestNanos / 1e3 / rounds, rounds);
            assertEquals(500, found);
            assertEquals(Optional.of(new NearDuplicate("article", 0)), last);
        }
    }

    private static String sevenHundredWords() {
        String base = SampleArticles.text("03") + "\n\n" + SampleArticles.text("08");
        String[] words = base.split("\\s+");
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (int i = 0; count < 700 && i < words.length; i++) {
            if (!Words.of(words[i]).isEmpty() && Words.of(words[i]).size() == 1) {
                text.append(words[i]).append(' ');
                count++;
            }
        }
        assertTrue(count == 700, "samples 03 and 08 have 700 plain words");
        return text.toString();
    }
}
