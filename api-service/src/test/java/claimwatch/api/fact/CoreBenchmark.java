package claimwatch.api.fact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.story.ArticleFingerprint;
import claimwatch.api.story.ArticleFingerprints;
import claimwatch.api.story.StoryClusterer;
import claimwatch.api.story.StoryDecision;
import claimwatch.api.story.StoryProfile;

/**
 * Times the core on sample-sized data (not a test): analyze() on a story of 50 articles and about 1,000 claims with 300
 * known outlets, re-analysis of a hot story of 1,000 articles after each new article (with and without the memo), and
 * place() against 20 candidate stories of 50 articles each. Run with
 * {@code java -cp target/classes:target/test-classes:<test classpath> claimwatch.api.fact.CoreBenchmark}.
 */
public final class CoreBenchmark {

    public static void main(String[] args) {
        List<ArticleClaimsMessage> messages = SampleStory.messages();
        List<StoryClaim> claims = new ArrayList<>();
        for (int copy = 0; claims.size() < 1000 || copy < 50; copy++) {
            claims.addAll(copy(messages, copy));
        }
        Set<String> outlets = new HashSet<>();
        messages.forEach(m -> outlets.add(m.article().outlet()));
        for (int i = 0; i < 300; i++) {
            outlets.add("Regional Outlet Number " + i);
        }
        long articles = claims.stream().map(c -> c.article().id()).distinct().count();
        FactAnalyzer analyzer = new FactAnalyzer();
        StoryAnalysis analysis = analyzer.analyze("bench", claims, outlets);
        System.out.printf("analyze: %d articles, %d claims, %d facts, %d conflicts%n", articles, claims.size(), analysis.facts().size(),
                analysis.conflicts().size());
        report("analyze()", time(2000, () -> analyzer.analyze("bench", claims, outlets)));
        hotStory(messages, outlets, 1000);

        ArticleFingerprints fingerprints = new ArticleFingerprints();
        List<ArticleFingerprint> prints = messages.stream().map(fingerprints::of).toList();
        List<StoryProfile> candidates = new ArrayList<>();
        for (int story = 0; story < 20; story++) {
            Map<String, Integer> features = new HashMap<>();
            for (int a = 0; a < 50; a++) {
                ArticleFingerprint print = prints.get((story + a) % prints.size());
                String suffix = a % 3 == 0 ? "" : " " + story + "-" + a;
                print.features().forEach((k, v) -> features.merge(k.startsWith("t:") ? k : k + suffix, v, Integer::sum));
            }
            candidates.add(new StoryProfile("story-" + story, prints.get(0).reportedAt(), prints.get(0).reportedAt(), 50, features));
        }
        int featureCount = candidates.get(0).features().size();
        StoryClusterer clusterer = new StoryClusterer();
        ArticleFingerprint article = prints.get(2);
        StoryDecision decision = clusterer.place(article, candidates);
        System.out.printf("place: 20 candidates of 50 articles, %d features each, article with %d features -> %s%n", featureCount,
                article.features().size(), decision.reason().decision());
        report("place()", time(5000, () -> clusterer.place(article, candidates)));
        report("fingerprint", time(5000, () -> fingerprints.of(messages.get(2))));
    }

    /**
     * A hot story as the writer sees it: {@code articles} articles analysed, then one more article at a time, each
     * followed by an analysis with the story's memo (what the writer does) and, for comparison, a fresh one.
     */
    private static void hotStory(List<ArticleClaimsMessage> messages, Set<String> outlets, int articles) {
        List<StoryClaim> story = new ArrayList<>();
        for (int copy = 0; copy < articles; copy++) {
            story.addAll(copy(messages, copy));
        }
        FactAnalyzer analyzer = new FactAnalyzer();
        AnalysisMemo memo = new AnalysisMemo();
        StoryAnalysis first = analyzer.analyze("hot", story, outlets, memo);
        System.out.printf("hot story: %d articles, %d claims, %d facts%n", articles, story.size(), first.facts().size());
        int[] next = {articles};
        report("+1 memo", time(200, () -> {
            story.addAll(copy(messages, next[0]++));
            analyzer.analyze("hot", story, outlets, memo);
        }));
        report("+1 fresh", time(20, () -> {
            story.addAll(copy(messages, next[0]++));
            analyzer.analyze("hot", story, outlets);
        }));
    }

    /** Copy number {@code copy} of a ferry sample article: its own ids, time and (after the first round) outlet. */
    private static List<StoryClaim> copy(List<ArticleClaimsMessage> messages, int copy) {
        ArticleClaimsMessage message = SampleStory.article(messages, SampleStory.FERRY[copy % SampleStory.FERRY.length]);
        String outlet = copy < SampleStory.FERRY.length ? message.article().outlet() : "Outlet " + copy % 300;
        ArticleRef ref = new ArticleRef(message.articleId() + "-" + copy, outlet, message.article().reportedAt().plus(Duration.ofMinutes(copy)), null);
        List<StoryClaim> claims = new ArrayList<>();
        for (ArticleClaimsMessage.Claim claim : message.claims()) {
            claims.add(new StoryClaim(ref, new ArticleClaimsMessage.Claim(claim.id() + "-" + copy, claim.text(), claim.span(),
                    claim.sentenceIndex(), claim.kind(), claim.quantities(), claim.money(), claim.dates(), claim.entities(),
                    claim.attribution(), claim.modality(), claim.checkworthiness(), claim.slots())));
        }
        return claims;
    }

    /** Thread CPU time per run, so that other processes on a shared machine do not count. */
    private static long[] time(int runs, Runnable work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            work.run();
            nanos[i] = threads.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String name, long[] nanos) {
        System.out.printf("%-12s CPU time p50 %7.1f us  p99 %7.1f us  max %7.1f us  (%d runs)%n", name, nanos[nanos.length / 2] / 1e3,
                nanos[(int) (nanos.length * 0.99)] / 1e3, nanos[nanos.length - 1] / 1e3, nanos.length);
    }
}
