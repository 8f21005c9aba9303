package claimwatch.api.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.api.claim.ArticleClaimsMessage;
import claimwatch.api.fact.Conflict;
import claimwatch.api.fact.Fact;
import claimwatch.api.story.StoryReason;

/**
 * Writes read-model rows straight into PostgreSQL, as the write path would, so read tests need neither Kafka nor the
 * analysis. JSON columns hold the project's own records serialised with the application's ObjectMapper.
 */
public final class ReadModelSeed {

    private final DataSource dataSource;
    private final ObjectMapper json;

    public ReadModelSeed(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public static String hex(int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return hex.substring(0, length);
    }

    public void story(String id, String title, int articleCount, int outletCount, int factCount, int conflictCount,
            Instant firstSeen, Instant lastSeen, Instant lastActivity, String mergedInto) {
        exec("INSERT INTO story (id, title, article_count, outlet_count, fact_count, conflict_count, first_seen, last_seen,"
                + " last_activity, top_entities, merged_into, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, now())",
                id, title, articleCount, outletCount, factCount, conflictCount, at(firstSeen), at(lastSeen), at(lastActivity),
                write(List.of(Map.of("id", "5e2c1a9b7d3f4e60", "canonical", "Valderra", "type", "place", "count", articleCount))),
                mergedInto);
    }

    public void mergeInto(String storyId, String survivorId) {
        exec("UPDATE story SET merged_into = ? WHERE id = ?", survivorId, storyId);
    }

    public void article(String id, String storyId, String outlet, String title, Instant publishedAt, Instant ingestedAt,
            String duplicateOf, String text, int claimCount, StoryReason reason) {
        exec("INSERT INTO article (id, url, outlet, title, author, published_at, ingested_at, language, text, duplicate_of,"
                + " extractor, extractor_version, extracted_at, claim_count, updated_at, story_id, story_score, story_reason)"
                + " VALUES (?, ?, ?, ?, 'Priya Natarajan', ?, ?, 'en', ?, ?, 'structured', 2, ?, ?, now(), ?, ?, ?::jsonb)",
                id, "https://www." + outlet.toLowerCase().replace(" ", "") + ".example/" + id, outlet, title, at(publishedAt),
                at(ingestedAt), text, duplicateOf, at(ingestedAt), claimCount, storyId,
                reason == null ? null : (float) reason.score(), reason == null ? null : write(reason));
    }

    /** A claim with its facets; outlet and reported time are copied from its article, as the write path does. */
    public void claim(String articleId, ArticleClaimsMessage.Claim claim) {
        Map<String, Object> facets = new HashMap<>();
        facets.put("quantities", claim.quantities());
        facets.put("money", claim.money());
        facets.put("dates", claim.dates());
        facets.put("entities", claim.entities());
        facets.put("slots", claim.slots());
        exec("INSERT INTO claim (id, article_id, sentence_index, span_start, span_end, text, kind, modality, modality_cue,"
                + " checkworthiness, attribution, facets, outlet, reported_at)"
                + " SELECT ?, a.id, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, a.outlet, a.reported_at FROM article a WHERE a.id = ?",
                claim.id(), claim.sentenceIndex(), claim.span().start(), claim.span().end(), claim.text(), claim.kind(),
                claim.modality() == null ? null : claim.modality().value(), claim.modality() == null ? null : claim.modality().cue(),
                claim.checkworthiness() == null ? null : claim.checkworthiness().floatValue(),
                claim.attribution() == null ? null : write(claim.attribution()), write(facets), articleId);
    }

    public void entity(String id, String canonical, String type, int articleCount, int claimCount) {
        exec("INSERT INTO entity (id, canonical, type, article_count, claim_count, first_seen, last_seen)"
                + " VALUES (?, ?, ?, ?, ?, '2024-03-11T16:42:00Z', '2024-03-14T08:00:00Z')", id, canonical, type, articleCount, claimCount);
    }

    public void mention(String claimId, String entityId, String articleId) {
        exec("INSERT INTO claim_entity (claim_id, entity_id, article_id) VALUES (?, ?, ?)", claimId, entityId, articleId);
    }

    public void fact(String storyId, int position, Fact fact) {
        exec("INSERT INTO fact (id, story_id, position, slot, status, outlet_count, first_outlet, first_article_id,"
                + " first_reported_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)",
                fact.id(), storyId, position, fact.slot(), fact.status(), fact.outletCount(),
                fact.firstReportedBy() == null ? null : fact.firstReportedBy().outlet(),
                fact.firstReportedBy() == null ? null : fact.firstReportedBy().articleId(),
                fact.firstReportedBy() == null ? null : at(fact.firstReportedBy().publishedAt()), write(fact));
    }

    public void conflict(String storyId, int position, Conflict conflict) {
        exec("INSERT INTO conflict (id, story_id, position, slot, body) VALUES (?, ?, ?, ?, ?::jsonb)",
                conflict.id(), storyId, position, conflict.slot(), write(conflict));
    }

    public void outlet(String name, int articles, int claims, int stories, int first, int alone) {
        exec("INSERT INTO outlet (name, article_count, claim_count, story_count, first_count, alone_count, first_seen, last_seen)"
                + " VALUES (?, ?, ?, ?, ?, ?, '2024-03-11T16:42:00Z', '2024-03-14T08:00:00Z')", name, articles, claims, stories, first, alone);
    }

    public void exec(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + sql, e);
        }
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
