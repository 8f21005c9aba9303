package claimwatch.api.claim;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.page.Cursor;
import claimwatch.api.page.PageRequest;

/**
 * Finds claims newest first by (reported time, id) with any combination of filters, in plain SQL so that every filter
 * reaches PostgreSQL as a bound parameter the planner can pair with its index (see V2, V4 and V6 for which).
 */
@ApplicationScoped
public class ClaimSearch {

    private static final String COLUMNS = "c.id, c.article_id, c.outlet, c.reported_at, c.sentence_index, c.span_start,"
            + " c.span_end, c.text, c.kind, c.modality, c.modality_cue, c.checkworthiness, c.attribution, c.facets";
    // Story id and entity ids are looked up for the rows shown only, outside the limited subquery.
    private static final String OUTER = "SELECT c.*, (SELECT a.story_id FROM article a WHERE a.id = c.article_id) AS story_id,"
            + " (SELECT string_agg(ce.entity_id, ',' ORDER BY ce.entity_id) FROM claim_entity ce WHERE ce.claim_id = c.id) AS entity_ids"
            + " FROM (%s) c ORDER BY %s";

    private static final String ORDER = "c.reported_at DESC, c.id DESC";
    // A query of stop words or punctuation only ("has", "!!!") has no lexemes and matches nothing; the second condition
    // is a one-time filter that says so before any row is read, where the first alone would walk the whole index.
    private static final String MATCH = "c.search @@ websearch_to_tsquery('english', ?) AND numnode(websearch_to_tsquery('english', ?)) > 0";
    private static final String IN_BUCKETS = "claim_time_buckets(c.reported_at) && ?";
    private static final int PHRASE_WINDOW = 2000;

    private final ClaimRows rows;
    private final SearchWindows windows;
    private final SearchCache cache;

    public ClaimSearch(ClaimRows rows, SearchWindows windows, SearchCache cache) {
        this.rows = rows;
        this.windows = windows;
        this.cache = cache;
    }

    public List<ClaimItem> search(ClaimFilter filter, PageRequest page) {
        if (filter.q().isEmpty() || !cache.enabled()) {
            return find(filter, page);
        }
        long generation = rows.generation();
        return cache.find(filter, page, generation).orElseGet(() -> cache.keep(filter, page, generation, find(filter, page)));
    }

    private List<ClaimItem> find(ClaimFilter filter, PageRequest page) {
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
        if (filter.q().isEmpty()) {
            return newest(where, page.fetch());
        }
        if (Phrases.present(filter.q().get())) {
            return searchPhrase(where, filter.q().get(), page.fetch());
        }
        where.add(MATCH, filter.q().get(), filter.q().get());
        boolean fewClaims = filter.story().isPresent() || filter.article().isPresent() || filter.entity().isPresent();
        return fewClaims ? newest(where, page.fetch()) : searchWords(where, filter, page);
    }

    /**
     * Words matching a few thousand of a million claims are slow to find in plain order: walking claims newest first
     * reads hundreds of claims per match, and reading every match through the text index reads thousands. So when the
     * planner expects such a count, read first the matches among the newest hours or days expected to hold twice the
     * page ({@link NewestClaims#window}), and claims older than that window only if it held too few.
     */
    private List<ClaimItem> searchWords(SqlWhere where, ClaimFilter filter, PageRequest page) {
        int fetch = page.fetch();
        Optional<Instant> upTo = Stream.of(page.after().map(after -> after.instant(0)), filter.until())
                .flatMap(Optional::stream).min(Instant::compareTo);
        NewestClaims newest = windows.newest();
        Optional<TimeWindow> window = newest.starts().isEmpty() ? Optional.empty() : newest.window(windows.estimate(where, rows::estimate), fetch, upTo);
        if (window.isEmpty()) {
            return newest(where, fetch);
        }
        TimeWindow recent = window.get();
        // With claims reported after the window (since the windows were last read, or dated ahead), which come first.
        SqlWhere newer = where.and("(" + IN_BUCKETS + " OR c.reported_at >= ?)", recent.buckets(), timestamp(recent.end()));
        // The window is read whole through the text index and sorted, never by walking the time index.
        String inWindow = "SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + " FROM claim c" + newer.sql() + " OFFSET 0) c ORDER BY "
                + ORDER + " LIMIT " + fetch;
        List<ClaimItem> found = rows.query(OUTER.formatted(inWindow, ORDER), newer.values());
        if (found.size() == fetch || filter.since().filter(since -> !since.isBefore(recent.start())).isPresent()) {
            return found;
        }
        List<ClaimItem> claims = new ArrayList<>(found);
        claims.addAll(newest(where.and("c.reported_at < ?", timestamp(recent.start())), fetch - found.size()));
        return claims;
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
        values.add(q);
        String window = "SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + ", c.search FROM claim c" + where.sql() + " ORDER BY "
                + ORDER + " LIMIT " + PHRASE_WINDOW + ") c WHERE " + MATCH + " ORDER BY " + ORDER + " LIMIT " + fetch;
        List<ClaimItem> recent = rows.query(OUTER.formatted(window, ORDER), values);
        if (recent.size() == fetch) {
            return recent;
        }
        where.add(MATCH, q, q);
        String all = "SELECT " + COLUMNS + " FROM claim c JOIN (SELECT m.id FROM m ORDER BY m.reported_at DESC, m.id DESC LIMIT "
                + fetch + ") t ON t.id = c.id";
        return rows.query("WITH m AS MATERIALIZED (SELECT c.id, c.reported_at FROM claim c" + where.sql() + ") "
                + OUTER.formatted(all, ORDER), where.values());
    }

    /** All claims of one article in sentence order. */
    public List<ClaimItem> byArticle(String articleId) {
        String inner = "SELECT " + COLUMNS + " FROM claim c WHERE c.article_id = ?";
        return rows.query(OUTER.formatted(inner, "c.sentence_index, c.id"), List.of(articleId));
    }

    private List<ClaimItem> newest(SqlWhere where, int fetch) {
        return rows.query(OUTER.formatted(limited(where, fetch), ORDER), where.values());
    }

    private static String limited(SqlWhere where, int fetch) {
        return "SELECT " + COLUMNS + " FROM claim c" + where.sql() + " ORDER BY " + ORDER + " LIMIT " + fetch;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
