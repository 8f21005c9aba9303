package claimwatch.api.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.page.Cursor;
import claimwatch.api.page.PageRequest;

/**
 * Finds claims newest first by (reported time, id) with any combination of filters, in plain SQL so that every filter
 * reaches PostgreSQL as a bound parameter the planner can pair with its index (see V2 and V4 for which).
 */
@ApplicationScoped
public class ClaimSearch {

    private static final String COLUMNS = "c.id, c.article_id, c.outlet, c.reported_at, c.sentence_index, c.span_start,"
            + " c.span_end, c.text, c.kind, c.modality, c.modality_cue, c.checkworthiness, c.attribution, c.facets";
    // Story id and entity ids are looked up for the rows shown only, outside the limited subquery.
    private static final String OUTER = "SELECT c.*, a.story_id,"
            + " (SELECT string_agg(ce.entity_id, ',' ORDER BY ce.entity_id) FROM claim_entity ce WHERE ce.claim_id = c.id) AS entity_ids"
            + " FROM (%s) c JOIN article a ON a.id = c.article_id ORDER BY %s";

    private static final String ORDER = "c.reported_at DESC, c.id DESC";
    private static final String MATCH = "c.search @@ websearch_to_tsquery('english', ?)";
    private static final int PHRASE_WINDOW = 2000;

    private final DataSource dataSource;

    public ClaimSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ClaimItem> search(ClaimFilter filter, PageRequest page) {
        SqlWhere where = new SqlWhere();
        filter.story().ifPresent(story -> where.add("c.article_id IN (SELECT id FROM article WHERE story_id = ?)", story));
        filter.article().ifPresent(article -> where.add("c.article_id = ?", article));
        filter.outlet().ifPresent(outlet -> where.add("c.outlet = ?", outlet));
        filter.entity().ifPresent(entity -> where.add("c.id IN (SELECT claim_id FROM claim_entity WHERE entity_id = ?)", entity));
        filter.kind().ifPresent(kind -> where.add("c.kind = ?", kind));
        filter.modality().ifPresent(modality -> where.add("c.modality = ?", modality));
        filter.minCheckworthiness().ifPresent(min -> where.add("c.checkworthiness >= ?", min.floatValue()));
        filter.since().ifPresent(since -> where.add("c.reported_at >= ?", timestamp(since)));
        filter.until().ifPresent(until -> where.add("c.reported_at < ?", timestamp(until)));
        if (page.after().isPresent()) {
            Cursor after = page.after().get();
            where.add("(c.reported_at, c.id) < (?, ?)", timestamp(after.instant(0)), after.text(1));
        }
        if (filter.q().isPresent() && Phrases.present(filter.q().get())) {
            return searchPhrase(where, filter.q().get(), page.fetch());
        }
        filter.q().ifPresent(q -> where.add(MATCH, q));
        String inner = "SELECT " + COLUMNS + " FROM claim c" + where.sql() + " ORDER BY " + ORDER + " LIMIT " + page.fetch();
        return query(OUTER.formatted(inner, ORDER), where.values());
    }

    /**
     * PostgreSQL estimates a phrase ({@code "ferry contract"}, {@code hybrid-electric}) as often as its words together,
     * far too often, and then walks the time index through most of the table. So: look through the newest
     * {@value #PHRASE_WINDOW} candidates first (enough when the phrase is common), else collect every match through the
     * text index and sort those (cheap when it is rare).
     */
    private List<ClaimItem> searchPhrase(SqlWhere where, String q, int fetch) {
        List<Object> values = new ArrayList<>(where.values());
        values.add(q);
        String window = "SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + ", c.search FROM claim c" + where.sql() + " ORDER BY "
                + ORDER + " LIMIT " + PHRASE_WINDOW + ") c WHERE " + MATCH + " ORDER BY " + ORDER + " LIMIT " + fetch;
        List<ClaimItem> recent = query(OUTER.formatted(window, ORDER), values);
        if (recent.size() == fetch) {
            return recent;
        }
        where.add(MATCH, q);
        String all = "SELECT " + COLUMNS + " FROM claim c JOIN (SELECT m.id FROM m ORDER BY m.reported_at DESC, m.id DESC LIMIT "
                + fetch + ") t ON t.id = c.id";
        return query("WITH m AS MATERIALIZED (SELECT c.id, c.reported_at FROM claim c" + where.sql() + ") "
                + OUTER.formatted(all, ORDER), where.values());
    }

    /** All claims of one article in sentence order. */
    public List<ClaimItem> byArticle(String articleId) {
        String inner = "SELECT " + COLUMNS + " FROM claim c WHERE c.article_id = ?";
        return query(OUTER.formatted(inner, "c.sentence_index, c.id"), List.of(articleId));
    }

    private List<ClaimItem> query(String sql, List<Object> values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<ClaimItem> claims = new ArrayList<>();
                while (rows.next()) {
                    claims.add(item(rows));
                }
                return claims;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Claim query failed: " + e.getMessage(), e);
        }
    }

    private static ClaimItem item(ResultSet rows) throws SQLException {
        String modality = rows.getString("modality");
        String entityIds = rows.getString("entity_ids");
        return new ClaimItem(rows.getString("id"), rows.getString("article_id"), rows.getString("story_id"),
                rows.getString("outlet"), rows.getObject("reported_at", OffsetDateTime.class).toInstant(),
                rows.getInt("sentence_index"), new ClaimItem.Span(rows.getInt("span_start"), rows.getInt("span_end")),
                rows.getString("text"), rows.getString("kind"),
                modality == null ? null : new ClaimItem.Modality(modality, rows.getString("modality_cue")),
                rows.getObject("checkworthiness", Float.class), rows.getString("attribution"), rows.getString("facets"),
                entityIds == null ? List.of() : List.of(entityIds.split(",")));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
