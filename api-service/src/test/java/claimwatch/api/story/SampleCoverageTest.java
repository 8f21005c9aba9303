package claimwatch.api.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.fact.Conflict;
import claimwatch.api.fact.Fact;
import claimwatch.api.fact.FactAnalyzer;
import claimwatch.api.fact.SampleStory;
import claimwatch.api.fact.StoryAnalysis;
import claimwatch.api.fact.Support;

/** The sample story (samples/README.md) through clustering and fact analysis, on the extractor's real output. */
class SampleCoverageTest {

    static List<ArticleClaimsMessage> messages;
    static StoryAnalysis ferry;

    @BeforeAll
    static void analyse() {
        messages = SampleStory.messages();
        Set<String> outlets = messages.stream().map(m -> m.article().outlet()).collect(Collectors.toSet());
        ferry = new FactAnalyzer().analyze("ferry", SampleStory.claims(messages, SampleStory.FERRY), outlets);
    }

    static String id(int number) {
        return SampleStory.article(messages, number).articleId();
    }

    static Set<Set<String>> partition(InMemoryStories stories) {
        return stories.groups().values().stream().map(Set::copyOf).collect(Collectors.toSet());
    }

    static Set<String> ids(int... numbers) {
        return Arrays.stream(numbers).mapToObj(SampleCoverageTest::id).collect(Collectors.toSet());
    }

    static InMemoryStories cluster(List<ArticleClaimsMessage> inOrder) {
        InMemoryStories stories = new InMemoryStories(new StoryClusterer());
        ArticleFingerprints fingerprints = new ArticleFingerprints();
        inOrder.forEach(message -> stories.add(fingerprints.of(message)));
        return stories;
    }

    static Fact fact(String slot, double amount) {
        return ferry.facts().stream().filter(f -> f.slot().equals(slot) && f.value().amount() != null && f.value().amount() == amount)
                .findFirst().orElseThrow(() -> new AssertionError("no fact " + slot + " = " + amount + " in " + statements()));
    }

    static Fact fact(String slot, String date) {
        return ferry.facts().stream().filter(f -> f.slot().equals(slot) && date.equals(f.value().date())).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + slot + " = " + date + " in " + statements()));
    }

    static List<String> statements() {
        return ferry.facts().stream().map(f -> f.status() + " " + f.statement()).toList();
    }

    static Conflict conflict(String slot) {
        return ferry.conflicts().stream().filter(c -> c.slot().equals(slot)).findFirst()
                .orElseThrow(() -> new AssertionError("no conflict on " + slot + " in " + ferry.conflicts()));
    }

    @Test
    void inManifestOrderTheArticlesFormTheFerryStoryTheMarathonAndTheMuseum() {
        InMemoryStories stories = cluster(messages);
        assertEquals(Set.of(ids(SampleStory.FERRY), ids(7, 15), ids(12)), partition(stories));
        assertEquals(id(1), stories.storyOf(id(14)), "the story's id is its first article's");
    }

    @Test
    void theSameOrderGivesTheSameDecisions() {
        assertEquals(cluster(messages).decisions, cluster(messages).decisions);
    }

    @Test
    void inReverseOrderTheSameStoriesForm() {
        List<ArticleClaimsMessage> reversed = new ArrayList<>(messages);
        java.util.Collections.reverse(reversed);
        assertEquals(Set.of(ids(SampleStory.FERRY), ids(7, 15), ids(12)), partition(cluster(reversed)));
    }

    @Test
    void inShuffledOrdersTheSameStoriesForm() {
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 25; i++) {
            List<ArticleClaimsMessage> shuffled = new ArrayList<>(messages);
            java.util.Collections.shuffle(shuffled, random);
            assertEquals(Set.of(ids(SampleStory.FERRY), ids(7, 15), ids(12)), partition(cluster(shuffled)), "order " + i);
        }
    }

    @Test
    void anArticleBridgingTwoPartsOfTheStoryMergesThem() {
        StoryClusterer strict = new StoryClusterer(new ClusterRules(java.time.Duration.ofDays(1095), java.time.Duration.ofDays(7), 0.30,
                0.30, 0.03, 0.25));
        InMemoryStories stories = new InMemoryStories(strict);
        ArticleFingerprints fingerprints = new ArticleFingerprints();
        stories.add(fingerprints.of(SampleStory.article(messages, 4)));
        stories.add(fingerprints.of(SampleStory.article(messages, 2)));
        assertEquals(2, stories.storyCount(), "El Faro's and the Klaxon's reports alone look like two stories");
        StoryDecision bridge = stories.add(fingerprints.of(SampleStory.article(messages, 3)));
        assertEquals("merged", bridge.reason().decision(), () -> bridge.toString());
        assertEquals(id(2), bridge.storyId(), "the Klaxon's story started first (11 March 19:40 before 12 March)");
        assertEquals(List.of(id(4)), bridge.merged());
        assertEquals(1, stories.storyCount());
    }

    @Test
    void eachJoinIsExplained() {
        InMemoryStories stories = cluster(messages);
        StoryReason syndicated = stories.decisions.get(5).reason();
        assertEquals("joined", syndicated.decision());
        assertTrue(syndicated.sharedEntities().contains("Joaquin Rendal"), () -> syndicated.toString());
        assertTrue(syndicated.sharedValues().stream().anyMatch(v -> v.startsWith("money:contract = EUR 430,000,000")
                || v.startsWith("count:vessel")), () -> syndicated.toString());
        StoryReason marathon = stories.decisions.get(14).reason();
        assertTrue(marathon.sharedEntities().contains("Daniel Kiprono"), () -> marathon.toString());
    }

    @Test
    void thePlantedDisagreementsAreConflicts() {
        Conflict value = conflict("money:contract");
        assertEquals(List.of(430e6, 520e6), value.values().stream().map(v -> v.value().amount()).toList());
        assertEquals(List.of("The Daily Klaxon"), value.values().get(1).outlets());
        assertTrue(value.values().get(0).outlets().size() >= 8, () -> value.values().get(0).outlets().toString());
        Conflict ferries = conflict("count:vessel:new");
        assertEquals(List.of(6.0, 8.0), ferries.values().stream().map(v -> v.value().amount()).toList());
        assertEquals(List.of("The Daily Klaxon"), ferries.values().get(1).outlets());
        Conflict approval = conflict("date:approve");
        assertEquals(List.of("2023-03", "2022"), approval.values().stream().map(v -> v.value().date()).toList());
        assertEquals(List.of("The Daily Klaxon"), approval.values().get(1).outlets());
    }

    @Test
    void thereAreNoOtherConflicts() {
        assertEquals(Set.of("money:contract", "count:vessel:new", "date:approve"),
                ferry.conflicts().stream().map(Conflict::slot).collect(Collectors.toSet()));
    }

    @Test
    void repeatedNumbersAreCorroborated() {
        List<Fact> repeated = List.of(fact("count:vessel:old", 9), fact("percent:cost", 23), fact("count:page", 600),
                fact("count:passenger", 600), fact("percent:fuel", 40), fact("count:bid", 2), fact("count:job", 300),
                fact("money:funding", 120e6), fact("count:passenger", 4.5e6), fact("count:route", 12));
        for (Fact fact : repeated) {
            assertEquals("corroborated", fact.status(), fact::statement);
            assertTrue(fact.independentOutletCount() >= 3, fact::statement);
        }
        assertTrue(fact("money:contract", 430e6).independentOutletCount() >= 8, "€430m is disputed by one outlet, backed by eight");
        assertEquals("disputed", fact("money:contract", 430e6).status());
        assertEquals("corroborated", fact("date:sign", "2024-03-11").status());
        assertEquals("corroborated", fact("date:enter", "2027").status());
    }

    @Test
    void theFactsSayWhatOutletsWrote() {
        assertEquals("contract value: EUR 430 million", fact("money:contract", 430e6).statement());
        assertEquals("number of existing vessels (refits): 9", fact("count:vessel:old", 9).statement());
        assertEquals("approval date: March 2023", fact("date:approve", "2023-03").statement());
    }

    @Test
    void theAuditReportLengthIsOneFactFromSixHundredToSixHundredTwelve() {
        List<Fact> pages = ferry.facts().stream().filter(f -> f.slot().equals("count:page")).toList();
        assertEquals(1, pages.size());
        Set<String> texts = pages.get(0).support().stream().map(Support::text).collect(Collectors.toSet());
        assertTrue(texts.stream().anyMatch(t -> t.contains("612-page")));
        assertTrue(texts.stream().anyMatch(t -> t.contains("more than 600 pages")));
    }

    @Test
    void theSyndicatedCopyCountsForTheWire() {
        Fact value = fact("money:contract", 430e6);
        List<Support> copied = value.support().stream().filter(s -> s.articleId().equals(id(6))).toList();
        assertFalse(copied.isEmpty());
        copied.forEach(s -> assertEquals(id(3), s.syndicatedFrom()));
        assertEquals(value.outletCount() - 1, value.independentOutletCount());
    }

    @Test
    void citationChainsLeadBackToTheWire() {
        Fact entry = fact("date:enter", "2027");
        Support observer = support(entry, 11);
        assertEquals(List.of("Eurotransport Observer", "The Mercantile Journal", "Meridian Wire"), observer.citationChain());
        assertEquals(List.of("Ferry & Fleet Review", "Meridian Wire"), support(entry, 8).citationChain());
        assertEquals(List.of("The Isla Corva Gazette", "Meridian Wire"), support(entry, 14).citationChain());
        assertEquals(List.of("The Mercantile Journal", "Meridian Wire"), support(entry, 1).citationChain());
        assertEquals("Meridian Wire", entry.firstReportedBy().outlet());
    }

    @Test
    void theFactCheckCitingTheTabloidDoesNotBackItsFigure() {
        Fact outlier = fact("money:contract", 520e6);
        assertEquals(List.of("The Daily Klaxon"), outlier.support().stream().filter(s -> s.citationChain().isEmpty() && s.attribution() == null)
                .map(Support::outlet).distinct().toList());
        assertEquals(1, outlier.outletCount());
        assertEquals(List.of("The Alba Coast Courier", "The Daily Klaxon"), support(outlier, 10).citationChain());
        assertEquals("The Daily Klaxon", outlier.firstReportedBy().outlet());
    }

    @Test
    void whoReportedFirst() {
        assertEquals(id(5), fact("money:contract", 430e6).firstReportedBy().articleId(), "the Courier's preview: more than €400 million");
        assertEquals(id(2), fact("count:vessel:new", 8).firstReportedBy().articleId());
        assertEquals(id(3), fact("count:passenger", 600).firstReportedBy().articleId());
    }

    @Test
    void factsAreOrderedByOutletCount() {
        List<Integer> counts = ferry.facts().stream().map(Fact::outletCount).toList();
        List<Integer> sorted = new ArrayList<>(counts);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, counts);
        assertEquals(ferry.facts().size(), new HashSet<>(ferry.facts().stream().map(Fact::id).toList()).size(), "ids are unique");
    }

    @Test
    void theMarathonHasItsOwnFacts() {
        Set<String> outlets = Set.of("The Alba Coast Courier", "The Daily Klaxon");
        StoryAnalysis marathon = new FactAnalyzer().analyze("marathon", SampleStory.claims(messages, 7, 15), outlets);
        Fact runners = marathon.facts().stream().filter(f -> f.slot().equals("count:runner") && f.value().amount() == 9800).findFirst().orElseThrow();
        assertEquals("corroborated", runners.status());
        assertTrue(marathon.conflicts().isEmpty(), () -> marathon.conflicts().toString());
    }

    private static Support support(Fact fact, int article) {
        return fact.support().stream().filter(s -> s.articleId().equals(id(article))).findFirst()
                .orElseThrow(() -> new AssertionError("article " + article + " not behind " + fact.statement()));
    }
}
