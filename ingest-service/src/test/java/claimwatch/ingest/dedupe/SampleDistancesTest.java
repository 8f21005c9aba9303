package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The measurement behind {@link NearDuplicateIndex#DEFAULT_MAX_DISTANCE}, printed and checked on every build. */
class SampleDistancesTest {

    private final List<SampleArticles> articles = SampleArticles.all();

    @Test
    void samplesAreAllThere() {
        assertEquals(15, articles.size());
    }

    @Test
    void defaultThresholdSeparatesTheSyndicatedPairFromIndependentArticles() {
        Distances distances = Distances.measure(articles, SimHash.DEFAULT_SEED);
        System.out.printf("[dedupe] default seed: 03 vs 06 = %d bits; closest independent same-story pair %s = %d bits; closest other pair %s = %d bits; threshold %d%n",
                distances.syndicated(), distances.closestSameStoryPair(), distances.closestSameStory(), distances.closestPair(),
                distances.closestOther(), NearDuplicateIndex.DEFAULT_MAX_DISTANCE);
        assertTrue(distances.syndicated() <= NearDuplicateIndex.DEFAULT_MAX_DISTANCE);
        assertTrue(distances.closestSameStory() > NearDuplicateIndex.DEFAULT_MAX_DISTANCE);
        assertTrue(distances.closestOther() > NearDuplicateIndex.DEFAULT_MAX_DISTANCE);
    }

    @Test
    void separationHoldsForOtherSeedsNotJustTheChosenOne() {
        List<Integer> syndicated = new ArrayList<>();
        List<Integer> closestIndependent = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++) {
            Distances distances = Distances.measure(articles, Hash64.mix(seed));
            syndicated.add(distances.syndicated());
            closestIndependent.add(distances.closestOther());
            assertTrue(distances.syndicated() < distances.closestOther(), "seed " + seed + ": " + distances);
        }
        syndicated.sort(null);
        closestIndependent.sort(null);
        System.out.println("[dedupe] 30 seeds: 03 vs 06 = " + syndicated + "; closest independent pair = " + closestIndependent);
    }

    record Distances(int syndicated, int closestSameStory, String closestSameStoryPair, int closestOther, String closestPair) {

        static Distances measure(List<SampleArticles> articles, long seed) {
            long[] prints = articles.stream().mapToLong(a -> SimHash.fingerprint(a.text(), seed)).toArray();
            int syndicated = -1;
            int sameStory = Integer.MAX_VALUE;
            int other = Integer.MAX_VALUE;
            String sameStoryPair = "";
            String otherPair = "";
            for (int i = 0; i < prints.length; i++) {
                for (int j = i + 1; j < prints.length; j++) {
                    SampleArticles a = articles.get(i);
                    SampleArticles b = articles.get(j);
                    int distance = SimHash.distance(prints[i], prints[j]);
                    String pair = a.number() + "/" + b.number();
                    if (a.isSyndicatedPairWith(b)) {
                        syndicated = distance;
                        continue;
                    }
                    if (distance < other) {
                        other = distance;
                        otherPair = pair;
                    }
                    if (a.story().equals("main") && b.story().equals("main") && distance < sameStory) {
                        sameStory = distance;
                        sameStoryPair = pair;
                    }
                }
            }
            return new Distances(syndicated, sameStory, sameStoryPair, other, otherPair);
        }
    }
}
