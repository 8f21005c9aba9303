package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final int THRESHOLD = NearDuplicateIndex.DEFAULT_MAX_DISTANCE;
    private final String wireStory = SampleArticles.text("03");

    @Test
    void sameTextSameFingerprint() {
        assertEquals(SimHash.fingerprint(wireStory), SimHash.fingerprint(new String(wireStory)));
        assertEquals(0, SimHash.distance(SimHash.fingerprint(wireStory), SimHash.fingerprint(wireStory)));
    }

    @Test
    void caseAccentsPunctuationApostrophesAndSpacingDoNotMatter() {
        long plain = SimHash.fingerprint("joaquin rendal said the regions ferries would sail by 2027");
        long dressed = SimHash.fingerprint("  JOAQUÍN Rendal said: “The region’s ferries would sail — by 2027!”\n\n");
        assertEquals(plain, dressed);
    }

    @Test
    void emptyOrWordlessTextHasFingerprintZero() {
        assertEquals(0L, SimHash.fingerprint(""));
        assertEquals(0L, SimHash.fingerprint(" \n\t "));
        assertEquals(0L, SimHash.fingerprint("— … !? ©"));
    }

    @Test
    void textsShorterThanAShingleStillGetDistinctFingerprints() {
        long one = SimHash.fingerprint("ferry");
        long two = SimHash.fingerprint("ferry contract");
        assertNotEquals(0L, one);
        assertNotEquals(one, two);
        assertEquals(one, SimHash.fingerprint("Ferry."));
    }

    @Test
    void wordOrderMattersBecauseShinglesSpanWords() {
        List<String> words = new ArrayList<>(Arrays.asList(wireStory.split("\\s+")));
        Collections.shuffle(words, new Random(7));
        long shuffled = SimHash.fingerprint(String.join(" ", words));
        assertTrue(SimHash.distance(SimHash.fingerprint(wireStory), shuffled) > THRESHOLD);
    }

    @Test
    void distanceIsTheHammingDistance() {
        assertEquals(0, SimHash.distance(0L, 0L));
        assertEquals(64, SimHash.distance(0L, -1L));
        assertEquals(1, SimHash.distance(0L, Long.MIN_VALUE));
        assertEquals(SimHash.distance(0x0f0fL, 0xf00fL), SimHash.distance(0xf00fL, 0x0f0fL));
        assertEquals(8, SimHash.distance(0x0f0fL, 0xf00fL));
    }

    @Test
    void changedHeadlineStaysWithinThreshold() {
        String edited = "Valderra agrees ferry deal worth €430m with British-Norwegian yard" + wireStory.substring(wireStory.indexOf('\n'));
        assertNearDuplicate(edited);
    }

    @Test
    void reorderedParagraphStaysWithinThreshold() {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(wireStory.split("\n\n")));
        Collections.swap(paragraphs, 3, 6);
        assertNearDuplicate(String.join("\n\n", paragraphs));
    }

    @Test
    void removedSentenceStaysWithinThreshold() {
        String sentence = "NPV has not ordered a new vessel since 2011.";
        assertTrue(wireStory.contains(sentence));
        assertNearDuplicate(wireStory.replace(sentence, ""));
    }

    @Test
    void differentBylineStaysWithinThreshold() {
        String[] lines = wireStory.split("\n", 2);
        assertNearDuplicate(lines[0] + "\nBy Northgate Herald staff with Meridian Wire\n" + lines[1]);
        assertNearDuplicate(lines[0] + "\n" + lines[1].replace("(Meridian Wire)", "(Northgate Herald)"));
    }

    @Test
    void sameStoryWrittenIndependentlyIsBeyondThreshold() {
        long wire = SimHash.fingerprint(wireStory);
        for (String other : List.of("01", "04", "05", "08", "13", "14")) {
            assertTrue(SimHash.distance(wire, SimHash.fingerprint(SampleArticles.text(other))) > THRESHOLD, other);
        }
    }

    @Test
    void expectedDistanceFollowsShingleJaccardSimilarity() {
        Random random = new Random(11);
        List<String> vocabulary = LongStream.range(0, 3000).mapToObj(i -> "w" + Long.toString(i * 7919, 36)).toList();
        for (double replaced : new double[] {0.05, 0.2, 0.5}) {
            double sumDistance = 0;
            double sumExpected = 0;
            int trials = 40;
            for (int trial = 0; trial < trials; trial++) {
                List<String> original = randomWords(random, vocabulary, 500);
                List<String> edited = new ArrayList<>(original);
                for (int i = 0; i < edited.size(); i++) {
                    if (random.nextDouble() < replaced / 3) {
                        edited.set(i, vocabulary.get(random.nextInt(vocabulary.size())));
                    }
                }
                sumExpected += 32 * (1 - jaccard(original, edited));
                sumDistance += SimHash.distance(SimHash.fingerprint(String.join(" ", original), trial), SimHash.fingerprint(String.join(" ", edited), trial));
            }
            double meanDistance = sumDistance / trials;
            double meanExpected = sumExpected / trials;
            assertTrue(Math.abs(meanDistance - meanExpected) < 2.0, "replaced " + replaced + ": mean " + meanDistance + " expected " + meanExpected);
        }
    }

    @Test
    void unrelatedTextsAreAboutHalfTheBitsApart() {
        Random random = new Random(5);
        List<String> vocabulary = LongStream.range(0, 5000).mapToObj(i -> "t" + i).toList();
        long[] prints = new long[200];
        for (int i = 0; i < prints.length; i++) {
            prints[i] = SimHash.fingerprint(String.join(" ", randomWords(random, vocabulary, 300)));
        }
        long sum = 0;
        int pairs = 0;
        int closest = 64;
        for (int i = 0; i < prints.length; i++) {
            for (int j = i + 1; j < prints.length; j++) {
                int distance = SimHash.distance(prints[i], prints[j]);
                sum += distance;
                pairs++;
                closest = Math.min(closest, distance);
            }
        }
        double mean = (double) sum / pairs;
        assertTrue(mean > 31 && mean < 33, "mean " + mean);
        assertTrue(closest > THRESHOLD, "closest " + closest);
    }

    private static List<String> randomWords(Random random, List<String> vocabulary, int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return words;
    }

    private static double jaccard(List<String> a, List<String> b) {
        Set<Long> left = new HashSet<>();
        Set<Long> right = new HashSet<>();
        for (long h : Words.shingleHashes(a, SimHash.SHINGLE_WORDS)) {
            left.add(h);
        }
        for (long h : Words.shingleHashes(b, SimHash.SHINGLE_WORDS)) {
            right.add(h);
        }
        Set<Long> union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return (double) left.size() / union.size();
    }

    private void assertNearDuplicate(String edited) {
        int distance = SimHash.distance(SimHash.fingerprint(wireStory), SimHash.fingerprint(edited));
        System.out.println("[dedupe] light edit distance " + distance);
        assertTrue(distance <= THRESHOLD, "distance " + distance);
    }
}
