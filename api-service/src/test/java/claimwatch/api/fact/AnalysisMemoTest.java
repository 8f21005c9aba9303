package claimwatch.api.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import claimwatch.api.claim.ArticleClaimsMessage;

/** A story analysed again after every change with one memo answers exactly what a fresh analysis answers. */
class AnalysisMemoTest {

    private static final String STORY = "story-1";
    private static final List<ArticleClaimsMessage> MESSAGES = SampleStory.messages();

    private final FactAnalyzer analyzer = new FactAnalyzer();

    /** The story as the writer holds it: each article's reference and claims, replaced whole on a new version. */
    private final Map<String, List<StoryClaim>> articles = new LinkedHashMap<>();

    @Test
    void articlesArrivingOneByOneInManifestOrder() {
        AnalysisMemo memo = new AnalysisMemo();
        Set<String> known = outlets();
        for (int number = 1; number <= MESSAGES.size(); number++) {
            put(number);
            assertSameAnswer(memo, known, "after article " + number);
        }
    }

    @Test
    void articlesInShuffledOrdersWithReplacementsAndNewOutlets() {
        for (long seed = 1; seed <= 6; seed++) {
            articles.clear();
            Random random = new Random(seed);
            List<Integer> order = new ArrayList<>();
            for (int number = 1; number <= MESSAGES.size(); number++) {
                order.add(number);
            }
            Collections.shuffle(order, random);
            AnalysisMemo memo = new AnalysisMemo();
            Set<String> known = new TreeSet<>();
            for (int step = 0; step < order.size(); step++) {
                int number = order.get(step);
                put(number);
                known.add(MESSAGES.get(number - 1).article().outlet());
                assertSameAnswer(memo, known, "seed " + seed + ", article " + number);
                if (step % 4 == 3) {
                    int earlier = order.get(random.nextInt(step + 1));
                    replaceWithHalf(earlier, random);
                    assertSameAnswer(memo, known, "seed " + seed + ", article " + earlier + " replaced");
                }
                if (step % 5 == 4) {
                    moveInTime(order.get(random.nextInt(step + 1)));
                    assertSameAnswer(memo, known, "seed " + seed + ", an article re-dated");
                }
            }
            known.addAll(outlets());
            assertSameAnswer(memo, known, "seed " + seed + ", every outlet known");
        }
    }

    @Test
    void anUnchangedStoryHandsBackTheSameFacts() {
        AnalysisMemo memo = new AnalysisMemo();
        Set<String> known = outlets();
        for (int number : SampleStory.FERRY) {
            put(number);
        }
        StoryAnalysis first = analyzer.analyze(STORY, claims(), known, memo);
        StoryAnalysis again = analyzer.analyze(STORY, claims(), known, memo);

        assertEquals(first, again);
        assertTrue(first.facts().size() > 10, "the ferry story has many facts");
        for (int i = 0; i < first.facts().size(); i++) {
            assertSame(first.facts().get(i), again.facts().get(i), "reused, not rebuilt: " + first.facts().get(i).id());
        }
    }

    @Test
    void anotherStoryOrNewOutletsStartAfresh() {
        AnalysisMemo memo = new AnalysisMemo();
        for (int number : SampleStory.FERRY) {
            put(number);
        }
        StoryAnalysis first = analyzer.analyze(STORY, claims(), outlets(), memo);
        Set<String> more = new TreeSet<>(outlets());
        more.add("Harbor Times");
        StoryAnalysis withMore = analyzer.analyze(STORY, claims(), more, memo);

        assertEquals(analyzer.analyze(STORY, claims(), more), withMore);
        assertNotSame(first.facts().get(0), withMore.facts().get(0));
        assertEquals(analyzer.analyze("story-2", claims(), more), analyzer.analyze("story-2", claims(), more, memo));
    }

    private void assertSameAnswer(AnalysisMemo memo, Set<String> known, String when) {
        List<StoryClaim> claims = claims();
        assertEquals(analyzer.analyze(STORY, claims, known), analyzer.analyze(STORY, claims, known, memo), when);
    }

    private void put(int number) {
        ArticleClaimsMessage message = MESSAGES.get(number - 1);
        ArticleRef ref = new ArticleRef(message.articleId(), message.article().outlet(), message.article().reportedAt(),
                message.article().duplicateOf());
        articles.put(ref.id(), message.claims().stream().map(claim -> new StoryClaim(ref, claim)).toList());
    }

    /** A newer version: a new reference and every other claim, as fresh objects. */
    private void replaceWithHalf(int number, Random random) {
        ArticleClaimsMessage message = MESSAGES.get(number - 1);
        ArticleRef ref = new ArticleRef(message.articleId(), message.article().outlet(), message.article().reportedAt(),
                message.article().duplicateOf());
        int offset = random.nextInt(2);
        List<StoryClaim> half = new ArrayList<>();
        for (int i = offset; i < message.claims().size(); i += 2) {
            ArticleClaimsMessage.Claim claim = message.claims().get(i);
            half.add(new StoryClaim(ref, copy(claim)));
        }
        articles.put(ref.id(), half);
    }

    /** The same claim objects under a reference with another time: what the memo keeps for the old one must not be used. */
    private void moveInTime(int number) {
        ArticleClaimsMessage message = MESSAGES.get(number - 1);
        List<StoryClaim> current = articles.get(message.articleId());
        if (current == null || current.isEmpty()) {
            return;
        }
        ArticleRef old = current.get(0).article();
        ArticleRef moved = new ArticleRef(old.id(), old.outlet(), old.reportedAt().minus(Duration.ofDays(400)), old.duplicateOf());
        articles.put(old.id(), current.stream().map(claim -> new StoryClaim(moved, claim.claim())).toList());
    }

    private List<StoryClaim> claims() {
        List<StoryClaim> claims = new ArrayList<>();
        articles.values().forEach(claims::addAll);
        return claims;
    }

    private static Set<String> outlets() {
        Set<String> outlets = new TreeSet<>();
        MESSAGES.forEach(message -> outlets.add(message.article().outlet()));
        return outlets;
    }

    private static ArticleClaimsMessage.Claim copy(ArticleClaimsMessage.Claim claim) {
        return new ArticleClaimsMessage.Claim(claim.id(), claim.text(), claim.span(), claim.sentenceIndex(), claim.kind(), claim.quantities(),
                claim.money(), claim.dates(), claim.entities(), claim.attribution(), claim.modality(), claim.checkworthiness(), claim.slots());
    }
}
