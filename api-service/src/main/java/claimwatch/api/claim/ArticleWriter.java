package claimwatch.api.claim;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import claimwatch.api.event.EventLog;
import claimwatch.api.fact.ArticleRef;
import claimwatch.api.fact.FactStore;
import claimwatch.api.story.ArticleFingerprint;
import claimwatch.api.story.ArticleFingerprints;
import claimwatch.api.story.StoryAssigner;
import claimwatch.api.story.StoryDecision;
import claimwatch.api.story.StoryFeatureStore;
import claimwatch.api.story.StoryPlacer;

/**
 * Handles one message inside a batch: skips it when the stored version is as new, else places the article in a
 * story (a replacement keeps its story), writes the article row, re-analyses the story's facts and records the events.
 */
@ApplicationScoped
public class ArticleWriter {

    private final ArticleStore articles;
    private final StoryAssigner assigner;
    private final StoryFeatureStore features;
    private final FactStore facts;
    private final ObjectMapper json;
    private final ArticleFingerprints fingerprints = new ArticleFingerprints();

    public ArticleWriter(ArticleStore articles, StoryAssigner assigner, StoryFeatureStore features, FactStore facts, ObjectMapper json) {
        this.articles = articles;
        this.assigner = assigner;
        this.features = features;
        this.facts = facts;
        this.json = json;
    }

    public ClaimsBatchWriter.Outcome write(WriteBatch batch, ArticleClaimsMessage message, StoryPlacer placer) throws SQLException {
        Integer storedVersion = batch.storedVersion(message.articleId());
        if (storedVersion != null && storedVersion >= message.extractorVersion()) {
            return ClaimsBatchWriter.Outcome.UNCHANGED;
        }
        ArticleClaimsMessage.Article article = message.article();
        Instant reported = WriteBatch.stored(article.reportedAt());
        ArticleFingerprint built = fingerprints.of(message);
        ArticleFingerprint fingerprint = new ArticleFingerprint(built.articleId(), built.title(), reported, built.features());
        List<StoredClaim> claims = message.claims().stream().map(claim -> StoredClaim.of(message.articleId(), claim, json)).toList();
        Optional<ArticleStore.StoredArticle> old = storedVersion == null ? Optional.empty() : articles.find(batch.connection(), message.articleId());

        batch.stored(message.articleId(), message.extractorVersion(), storedVersion != null);
        batch.addPending(new WriteBatch.PendingArticle(message.articleId(), article.outlet(), reported, claims, message.claims()));
        ArticleStore.Placement placement;
        String decision;
        List<String> merged = List.of();
        if (old.isPresent() && old.get().storyId() != null) {
            placement = new ArticleStore.Placement(old.get().storyId(), null, null);
            decision = "replaced";
            facts.load(batch, placement.storyId());
            features.subtract(batch, placement.storyId(), features(old.get().fingerprintJson()));
            features.add(batch, placement.storyId(), fingerprint.features(), reported);
            batch.touchOutlet(old.get().outlet());
            batch.touchStory(placement.storyId());
        } else {
            StoryDecision placed = placer.place(batch, fingerprint);
            String target = StoryAssigner.target(fingerprint, placed);
            if (placed.startsStory()) {
                facts.start(batch, target);
            } else {
                facts.load(batch, target);
            }
            for (String away : StoryAssigner.mergedAway(fingerprint, placed)) {
                facts.load(batch, away);
            }
            merged = assigner.apply(batch, fingerprint, placed, WriteBatch.stored(article.ingestedAt()));
            facts.absorb(batch, target, merged);
            placement = new ArticleStore.Placement(target, placed.reason() == null ? null : placed.reason().score(), JsonText.write(json, placed.reason()));
            decision = placed.startsStory() ? "started" : merged.isEmpty() ? "joined" : "merged";
        }
        String storyId = placement.storyId();
        articles.upsert(batch, message, placement, CitedOutlets.of(message, batch.knownOutlets()), JsonText.write(json, fingerprint.features()));
        if (old.isPresent()) {
            assigner.respan(batch.connection(), storyId);
        }
        facts.putArticle(batch, storyId, new ArticleRef(message.articleId(), article.outlet(), reported, article.duplicateOf()), claims);
        announce(batch, message, storyId, decision, reported, merged);
        facts.analyse(batch, storyId);
        return old.isPresent() ? ClaimsBatchWriter.Outcome.REPLACED : ClaimsBatchWriter.Outcome.CREATED;
    }

    private void announce(WriteBatch batch, ArticleClaimsMessage message, String storyId, String decision, Instant reported, List<String> merged) {
        ObjectNode article = json.createObjectNode()
                .put("articleId", message.articleId())
                .put("storyId", storyId)
                .put("outlet", message.article().outlet())
                .put("title", message.article().title())
                .put("reportedAt", reported.toString())
                .put("decision", decision);
        batch.events().add(json, EventLog.ARTICLE, storyId, article);
        for (String away : merged) {
            batch.events().add(json, EventLog.STORY, away, json.createObjectNode().put("storyId", away).put("mergedInto", storyId));
        }
        ObjectNode claims = json.createObjectNode()
                .put("articleId", message.articleId())
                .put("storyId", storyId)
                .put("claimCount", message.claims().size())
                .put("extractorVersion", message.extractorVersion());
        batch.events().add(json, EventLog.CLAIMS, storyId, claims);
    }

    private Map<String, Integer> features(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return new TreeMap<>(json.readValue(text, new TypeReference<Map<String, Integer>>() { }));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored fingerprint: " + text, e);
        }
    }
}
