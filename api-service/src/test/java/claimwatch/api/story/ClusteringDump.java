package claimwatch.api.story;

import java.util.List;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.fact.SampleStory;

/** Prints how the sample articles cluster and each article's score against every story, for tuning (not a test). */
public final class ClusteringDump {

    public static void main(String[] args) {
        List<ArticleClaimsMessage> messages = SampleStory.messages();
        ArticleFingerprints fingerprints = new ArticleFingerprints();
        InMemoryStories stories = new InMemoryStories(new StoryClusterer());
        StorySimilarity similarity = new StorySimilarity();
        for (int i = 0; i < messages.size(); i++) {
            ArticleFingerprint fp = fingerprints.of(messages.get(i));
            StoryDecision d = stories.add(fp);
            StoryReason r = d.reason();
            System.out.printf("%02d %-8s -> %s merged=%s score=%.3f e=%.3f v=%.3f t=%.3f %s | %s | %s%n", i + 1, r.decision(),
                    d.storyId() == null ? "-" : d.storyId().substring(0, 6), d.merged(), r.score(), r.entitySimilarity(), r.valueSimilarity(),
                    r.textSimilarity(), r.sharedEntities(), r.sharedValues(), r.sharedTerms());
        }
        System.out.println(stories.groups().values().stream().map(l -> l.stream().map(a -> numberOf(messages, a)).toList()).toList());
        if (args.length > 0) {
            // score every pair of single articles: how far apart related and unrelated ones are
            for (int i = 0; i < messages.size(); i++) {
                StringBuilder line = new StringBuilder("%02d".formatted(i + 1));
                ArticleFingerprint a = fingerprints.of(messages.get(i));
                for (int j = 0; j < messages.size(); j++) {
                    ArticleFingerprint b = fingerprints.of(messages.get(j));
                    double s = similarity.compare(a, new StoryProfile(b.articleId(), b.reportedAt(), b.reportedAt(), 1, b.features())).score();
                    line.append(" %4.2f".formatted(s));
                }
                System.out.println(line);
            }
        }
    }

    private static int numberOf(List<ArticleClaimsMessage> messages, String articleId) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).articleId().equals(articleId)) {
                return i + 1;
            }
        }
        return -1;
    }
}
