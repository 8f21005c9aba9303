package claimwatch.api.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Plain JDBC writes of articles and their claims for the batch writer. */
@ApplicationScoped
public class ArticleStore {

    /** What a replacement needs of the stored article: its story, its outlet and the features it gave that story. */
    public record StoredArticle(String storyId, String outlet, String fingerprintJson) {
    }

    private static final String UPSERT = """
            INSERT INTO article (id, url, outlet, title, author, published_at, ingested_at, language, text, duplicate_of, extractor,
                extractor_version, extracted_at, claim_count, updated_at, story_id, story_score, story_reason, cited_outlets, fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)
            ON CONFLICT (id) DO UPDATE SET url = excluded.url, outlet = excluded.outlet, title = excluded.title, author = excluded.author,
                published_at = excluded.published_at, ingested_at = excluded.ingested_at, language = excluded.language, text = excluded.text,
                duplicate_of = excluded.duplicate_of, extractor = excluded.extractor, extractor_version = excluded.extractor_version,
                extracted_at = excluded.extracted_at, claim_count = excluded.claim_count, updated_at = excluded.updated_at,
                story_id = coalesce(excluded.story_id, article.story_id), story_score = coalesce(excluded.story_score, article.story_score),
                story_reason = coalesce(excluded.story_reason, article.story_reason),
                cited_outlets = excluded.cited_outlets, fingerprint = excluded.fingerprint""";

    private static final String INSERT_CLAIM = """
            INSERT INTO claim (id, article_id, sentence_index, span_start, span_end, text, kind, modality, modality_cue, checkworthiness,
                attribution, facets, outlet, reported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)""";

    public Map<String, Integer> versions(Connection connection, Collection<String> articleIds) throws SQLException {
        Map<String, Integer> versions = new HashMap<>();
        try (PreparedStatement select = CustomPlans.prepare(connection, "SELECT id, extractor_version FROM article WHERE id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", articleIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return versions;
    }

    public Optional<StoredArticle> find(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT story_id, outlet, fingerprint::text FROM article WHERE id = ?")) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new StoredArticle(rows.getString(1), rows.getString(2), rows.getString(3))) : Optional.empty();
            }
        }
    }

    /** Inserts or replaces the article row; a replacement without a placement keeps the story, score and reason it has. */
    public void upsert(WriteBatch batch, ArticleClaimsMessage message, Placement placement, List<String> citedOutlets, String fingerprintJson)
            throws SQLException {
        Connection connection = batch.connection();
        ArticleClaimsMessage.Article article = message.article();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, message.articleId());
            upsert.setString(2, article.url());
            upsert.setString(3, article.outlet());
            upsert.setString(4, article.title());
            upsert.setString(5, article.author());
            upsert.setObject(6, article.publishedAt() == null ? null
                    : WriteBatch.utc(article.publishedAt().toInstant()));
            upsert.setObject(7, WriteBatch.utc(article.ingestedAt()));
            upsert.setString(8, article.language());
            upsert.setString(9, article.text());
            upsert.setString(10, article.duplicateOf());
            upsert.setString(11, message.extractor());
            upsert.setInt(12, message.extractorVersion());
            upsert.setObject(13, WriteBatch.utc(message.extractedAt()));
            upsert.setInt(14, message.claims().size());
            upsert.setObject(15, WriteBatch.utc(batch.now()));
            upsert.setString(16, placement.storyId());
            if (placement.score() == null) {
                upsert.setNull(17, Types.REAL);
            } else {
                upsert.setFloat(17, placement.score().floatValue());
            }
            upsert.setString(18, placement.reasonJson());
            upsert.setArray(19, connection.createArrayOf("text", citedOutlets.toArray()));
            upsert.setString(20, fingerprintJson);
            upsert.executeUpdate();
        }
    }

    /** Where the article is placed; score and reason are null for a replacement, which keeps those it has. */
    public record Placement(String storyId, Double score, String reasonJson) {
    }

    public void deleteClaims(Connection connection, Collection<String> articleIds) throws SQLException {
        if (articleIds.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = CustomPlans.prepare(connection, "DELETE FROM claim WHERE article_id = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("varchar", articleIds.toArray()));
            delete.executeUpdate();
        }
    }

    public void insertClaims(Connection connection, Collection<WriteBatch.PendingArticle> articles) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CLAIM)) {
            for (WriteBatch.PendingArticle article : articles) {
                for (StoredClaim claim : article.stored()) {
                    insert.setString(1, claim.id());
                    insert.setString(2, claim.articleId());
                    insert.setInt(3, claim.sentenceIndex());
                    insert.setInt(4, claim.spanStart());
                    insert.setInt(5, claim.spanEnd());
                    insert.setString(6, claim.text());
                    insert.setString(7, claim.kind());
                    insert.setString(8, claim.modality());
                    insert.setString(9, claim.modalityCue());
                    if (claim.checkworthiness() == null) {
                        insert.setNull(10, Types.REAL);
                    } else {
                        insert.setFloat(10, claim.checkworthiness());
                    }
                    insert.setString(11, claim.attributionJson());
                    insert.setString(12, claim.facetsJson());
                    insert.setString(13, article.outlet());
                    insert.setObject(14, WriteBatch.utc(article.reportedAt()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
