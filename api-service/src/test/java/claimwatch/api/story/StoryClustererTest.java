package claimwatch.api.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class StoryClustererTest {

    static final Instant T0 = Instant.parse("2024-03-11T12:00:00Z");
    static final String[] FERRY = { "e:person:joaquin rendal", "e:person:ines carbonell", "e:organisation:aldermoor marine engineering",
            "e:place:puerto alba", "v:money:contract=EUR 430,000,000", "v:count:vessel:new=6", "t:ferry", "t:contract", "t:valderra" };
    static final String[] MARATHON = { "e:person:daniel kiprono", "e:person:lucia barrancos", "e:organisation:puerto alba marathon",
            "e:place:puerto alba", "v:count:runner=9,800", "t:marathon", "t:record", "t:runner" };

    private final StoryClusterer clusterer = new StoryClusterer();

    static ArticleFingerprint article(String id, Instant at, String... features) {
        Map<String, Integer> map = new TreeMap<>();
        for (String feature : features) {
            map.merge(feature, 1, Integer::sum);
        }
        return new ArticleFingerprint(id, "Title " + id, at, map);
    }

    static StoryProfile story(String id, Instant first, Instant last, int articles, String... features) {
        Map<String, Integer> map = new HashMap<>();
        for (String feature : features) {
            map.merge(feature, articles, Integer::sum);
        }
        return new StoryProfile(id, first, last, articles, map);
    }

    static StoryProfile story(String id, Instant at, String... features) {
        return story(id, at, at, 1, features);
    }

    @Test
    void anArticleWithoutCandidatesStartsAStory() {
        StoryDecision decision = clusterer.place(article("a1", T0, FERRY), List.of());
        assertTrue(decision.startsStory());
        assertNull(decision.storyId());
        assertEquals("started", decision.reason().decision());
        assertEquals(List.of(), decision.merged());
    }

    @Test
    void anArticleJoinsTheStoryItIsMostSimilarTo() {
        StoryProfile ferry = story("s-ferry", T0, FERRY);
        StoryProfile marathon = story("s-marathon", T0, MARATHON);
        StoryDecision decision = clusterer.place(article("a1", T0.plusSeconds(3600), FERRY), List.of(marathon, ferry));
        assertEquals("s-ferry", decision.storyId());
        assertEquals("joined", decision.reason().decision());
        assertTrue(decision.merged().isEmpty());
    }

    @Test
    void theReasonNamesWhatIsShared() {
        StoryReason reason = clusterer.place(article("a1", T0, FERRY), List.of(story("s-ferry", T0, FERRY))).reason();
        assertTrue(reason.score() > 0.3, () -> "score " + reason.score());
        assertTrue(reason.entitySimilarity() > 0 && reason.valueSimilarity() > 0 && reason.textSimilarity() > 0);
        assertEquals(reason.score(), StorySimilarity.ENTITY_SHARE * reason.entitySimilarity() + StorySimilarity.VALUE_SHARE * reason.valueSimilarity()
                + StorySimilarity.TEXT_SHARE * reason.textSimilarity(), 0.002);
        assertEquals(List.of("Aldermoor Marine Engineering", "Ines Carbonell", "Joaquin Rendal", "Puerto Alba"), reason.sharedEntities());
        assertEquals(List.of("money:contract = EUR 430,000,000", "count:vessel:new = 6"), reason.sharedValues());
        assertEquals(List.of("contract", "ferry", "valderra"), reason.sharedTerms());
    }

    @Test
    void twoStoriesSharingOnlyACityDoNotJoin() {
        StoryDecision decision = clusterer.place(article("a1", T0, MARATHON), List.of(story("s-ferry", T0, FERRY)));
        assertTrue(decision.startsStory());
    }

    @Test
    void sharedCommonTermsAloneDoNotJoin() {
        StoryDecision decision = clusterer.place(article("a1", T0, "e:person:someone else", "t:government", "t:region", "t:plan"),
                List.of(story("s1", T0, "e:person:another person", "t:government", "t:region", "t:budget")));
        assertTrue(decision.startsStory(), () -> "score " + clusterer.place(article("a1", T0, "t:government"), List.of()).reason());
    }

    @Test
    void anArticleOutsideTheWindowStartsANewStory() {
        Instant later = T0.plus(clusterer.window()).plus(Duration.ofDays(1));
        assertTrue(clusterer.place(article("a1", later, FERRY), List.of(story("s-ferry", T0, FERRY))).startsStory());
        Instant earlier = T0.minus(clusterer.window()).minus(Duration.ofDays(1));
        assertTrue(clusterer.place(article("a1", earlier, FERRY), List.of(story("s-ferry", T0, FERRY))).startsStory());
    }

    @Test
    void theFurtherApartTheMoreSimilarAnArticleMustBe() {
        String[] half = { "e:person:joaquin rendal", "e:organisation:aldermoor marine engineering", "t:ferry", "e:person:someone new",
                "e:organisation:another company", "t:harbour", "t:strike" };
        StoryProfile ferry = story("s-ferry", T0, FERRY);
        StoryDecision near = clusterer.place(article("a1", T0.plus(Duration.ofDays(2)), half), List.of(ferry));
        StoryDecision far = clusterer.place(article("a1", T0.plus(Duration.ofDays(400)), half), List.of(ferry));
        assertEquals("s-ferry", near.storyId(), () -> "near " + near.reason());
        assertTrue(far.startsStory());
        assertEquals("s-ferry", clusterer.place(article("a1", T0.plus(Duration.ofDays(400)), FERRY), List.of(ferry)).storyId(),
                "the same story's follow-up a year on");
    }

    @Test
    void anArticleInsideAStorysSpanHasNoGap() {
        StoryProfile span = story("s", T0, T0.plus(Duration.ofDays(30)), 3, FERRY);
        assertEquals(Duration.ZERO, StoryClusterer.gap(T0.plus(Duration.ofDays(10)), span));
        assertEquals(Duration.ofDays(5), StoryClusterer.gap(T0.minus(Duration.ofDays(5)), span));
        assertEquals(Duration.ofDays(5), StoryClusterer.gap(T0.plus(Duration.ofDays(35)), span));
        assertEquals(Duration.ZERO, StoryClusterer.gap(null, span));
    }

    @Test
    void aBridgingArticleMergesTheStoriesIntoTheEarliest() {
        StoryProfile wire = story("s-b", T0, "e:person:joaquin rendal", "e:organisation:aldermoor marine engineering",
                "v:money:contract=EUR 430,000,000", "t:ferry", "t:contract");
        StoryProfile audit = story("s-a", T0.plus(Duration.ofHours(5)), "e:person:ines carbonell", "e:organisation:audit chamber",
                "v:count:page=600", "t:audit", "t:report");
        ArticleFingerprint bridge = article("a9", T0.plus(Duration.ofDays(1)), "e:person:joaquin rendal", "e:organisation:aldermoor marine engineering",
                "v:money:contract=EUR 430,000,000", "t:ferry", "t:contract", "e:person:ines carbonell", "e:organisation:audit chamber",
                "v:count:page=600", "t:audit", "t:report");
        StoryDecision decision = clusterer.place(bridge, List.of(audit, wire));
        assertEquals("merged", decision.reason().decision());
        assertEquals("s-b", decision.storyId(), "earliest first article survives");
        assertEquals(List.of("s-a"), decision.merged());
        assertEquals(List.of("s-a"), decision.reason().mergedStories());
    }

    @Test
    void onEqualFirstSeenTheSmallerIdSurvives() {
        String[] left = { "e:person:joaquin rendal", "e:organisation:aldermoor marine engineering", "v:money:contract=EUR 430,000,000", "t:ferry" };
        String[] right = { "e:person:ines carbonell", "e:organisation:audit chamber", "v:count:page=600", "t:audit" };
        List<String> both = new ArrayList<>(List.of(left));
        both.addAll(List.of(right));
        StoryDecision decision = clusterer.place(article("a9", T0, both.toArray(String[]::new)),
                List.of(story("s-z", T0, left), story("s-m", T0, right), story("s-x", T0, "e:person:nobody")));
        assertEquals("s-m", decision.storyId());
        assertEquals(List.of("s-z"), decision.merged());
    }

    @Test
    void aWeakSecondLinkJoinsWithoutMerging() {
        StoryProfile ferry = story("s-ferry", T0, FERRY);
        StoryProfile loose = story("s-loose", T0, "e:person:ines carbonell", "t:ferry", "e:person:x", "e:person:y", "e:person:z");
        StoryDecision decision = clusterer.place(article("a1", T0, FERRY), List.of(loose, ferry));
        assertEquals("joined", decision.reason().decision(), () -> decision.toString());
        assertEquals("s-ferry", decision.storyId());
    }

    @Test
    void theCandidatesOrderDoesNotMatter() {
        List<StoryProfile> candidates = new ArrayList<>(List.of(story("s1", T0, FERRY), story("s2", T0.plusSeconds(60), FERRY),
                story("s3", T0, MARATHON), story("s4", T0.minusSeconds(60), "e:person:joaquin rendal", "t:ferry")));
        ArticleFingerprint article = article("a1", T0, FERRY);
        StoryDecision expected = clusterer.place(article, candidates);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(candidates, random);
            assertEquals(expected, clusterer.place(article, candidates));
        }
        assertEquals("s1", expected.storyId(), "the earlier of the two similar stories survives the merge");
        assertEquals(List.of("s2"), expected.merged(), "s4 shares too little to be merged");
    }

    @Test
    void aBigStoryDoesNotSwallowArticlesSharingItsOneOffMentions() {
        Map<String, Integer> features = new HashMap<>();
        for (String core : FERRY) {
            features.put(core, 50);
        }
        for (int i = 0; i < 50; i++) {
            features.put("e:person:bystander " + i, 1);
            features.put("e:organisation:club " + i, 1);
        }
        StoryProfile big = new StoryProfile("s-big", T0, T0.plus(Duration.ofDays(6)), 50, features);
        ArticleFingerprint article = article("a1", T0, "e:person:bystander 1", "e:organisation:club 1", "e:person:bystander 2",
                "t:tennis", "t:final");
        assertTrue(clusterer.place(article, List.of(big)).startsStory());
        StoryProfile small = story("s-small", T0, "e:person:bystander 1", "e:organisation:club 1", "e:person:bystander 2", "t:tennis");
        assertEquals("s-small", clusterer.place(article, List.of(small)).storyId());
    }

    @Test
    void lookupFeaturesLeavePlacesOutAndKeepTheTopTerms() {
        List<String> features = new ArrayList<>(List.of(FERRY));
        for (int i = 0; i < 12; i++) {
            features.add("t:term" + (char) ('a' + i));
        }
        features.add("t:ferry");
        Set<String> lookup = clusterer.lookupFeatures(article("a1", T0, features.toArray(String[]::new)));
        assertFalse(lookup.contains("e:place:puerto alba"));
        assertTrue(lookup.contains("e:person:joaquin rendal"));
        assertTrue(lookup.contains("v:money:contract=EUR 430,000,000"));
        assertTrue(lookup.contains("t:ferry"), "the most frequent term");
        assertEquals(8, lookup.stream().filter(f -> f.startsWith("t:")).count());
    }

    @Test
    void rulesAreConfigurable() {
        ClusterRules strict = new ClusterRules(Duration.ofDays(2), Duration.ofDays(1), 0.95, 0.99, 0.05, 0.2);
        StoryClusterer custom = new StoryClusterer(strict);
        assertEquals(Duration.ofDays(2), custom.window());
        assertTrue(custom.place(article("a1", T0, FERRY), List.of(story("s", T0, "e:person:joaquin rendal", "t:ferry"))).startsStory());
        assertEquals(Duration.ofDays(1095), new StoryClusterer().window());
    }

    @Test
    void theNeededScoreGrowsWithTheGapUpToItsCap() {
        ClusterRules rules = ClusterRules.defaults();
        assertEquals(rules.joinScore(), rules.needed(rules.joinScore(), Duration.ofDays(3)));
        assertEquals(rules.joinScore() + rules.penaltyPerDoubling(), rules.needed(rules.joinScore(), rules.recent().multipliedBy(2)), 1e-9);
        assertEquals(rules.joinScore() + rules.maxPenalty(), rules.needed(rules.joinScore(), Duration.ofDays(3000)), 1e-9);
    }

    @Test
    void similarityWeightsPeopleOverPlacesAndTerms() {
        assertEquals(3, StorySimilarity.weight("e:person:a"));
        assertEquals(3, StorySimilarity.weight("e:organisation:a"));
        assertEquals(0.5, StorySimilarity.weight("e:place:a"));
        assertEquals(2, StorySimilarity.weight("e:product:a"));
        assertEquals(2, StorySimilarity.weight("v:money:contract=EUR 430,000,000"));
        assertEquals(1, StorySimilarity.weight("v:count:seat=3"));
        assertEquals(1, StorySimilarity.weight("t:ferry"));
    }

    @Test
    void sharedEntitiesReadAsNames() {
        assertEquals("Navieras Publicas de Valderra", StorySimilarity.display("e:organisation:navieras publicas de valderra"));
        assertEquals("Centre for Coastal Transport Studies", StorySimilarity.display("e:organisation:centre for coastal transport studies"));
        assertEquals("date:approve = 2023-03", StorySimilarity.display("v:date:approve=2023-03"));
        assertEquals("ferry", StorySimilarity.display("t:ferry"));
    }
}
