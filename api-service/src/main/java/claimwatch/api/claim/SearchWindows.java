package claimwatch.api.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import claimwatch.api.ApiConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps {@link NewestClaims} current, re-read every {@code api.search.refresh} on each replica. A stale copy only makes
 * a search look too far back or not far enough (and then further), never changes its answer.
 */
@ApplicationScoped
public class SearchWindows {

    /**
     * Windows of the smallest size times 1, 2, 4 ... 256 claims: a search needs a window of at most
     * 2 sqrt({@value NewestClaims#RARE} × fetch × claims) claims, 142,000 for a page of 100 in a million claims.
     */
    static final int SIZES = 9;

    // Null for a rank beyond the last claim; one index-only walk per rank, about 50 ms in all for a million claims.
    private static final String STARTS = "SELECT (SELECT reported_at FROM claim ORDER BY reported_at DESC, id DESC OFFSET r.n - 1 LIMIT 1)"
            + " FROM unnest(?::bigint[]) WITH ORDINALITY AS r(n, i) ORDER BY r.i";

    private static final Logger LOG = Logger.getLogger(SearchWindows.class);

    private final DataSource dataSource;
    private final int smallest;
    /** More distinct queries than this between two refreshes start the remembered estimates afresh. */
    private static final int MOST_ESTIMATES = 10_000;

    private volatile NewestClaims newest = NewestClaims.NONE;
    private final Map<String, Double> estimates = new ConcurrentHashMap<>();

    public SearchWindows(DataSource dataSource, ApiConfig config) {
        this.dataSource = dataSource;
        this.smallest = config.search().smallestWindow();
    }

    void start(@Observes StartupEvent start) {
        scheduled();
    }

    @Scheduled(identity = "search-windows", every = "${api.search.refresh:60s}", delayed = "${api.search.refresh:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            NewestClaims read = refresh();
            LOG.debugf("Search windows: %.0f claims, the newest reported at %s, %d windows", read.claims(), read.newest(), read.starts().size());
        } catch (RuntimeException e) {
            // Searches go on in plain order meanwhile, with the same answers.
            LOG.warnf("Could not read the search windows: %s", e.getMessage());
        }
    }

    NewestClaims newest() {
        return newest;
    }

    /**
     * The planner's estimate of the rows {@code where} selects, remembered until the next refresh: it changes only when
     * PostgreSQL analyses the table again, and asking costs a round trip and a plan.
     */
    double estimate(SqlWhere where, ToDoubleFunction<SqlWhere> planner) {
        String key = where.sql() + where.values();
        Double known = estimates.get(key);
        if (known != null) {
            return known;
        }
        if (estimates.size() >= MOST_ESTIMATES) {
            estimates.clear();
        }
        double estimate = planner.applyAsDouble(where);
        estimates.put(key, estimate);
        return estimate;
    }

    /** Reads where the newest claims begin now. */
    public NewestClaims refresh() {
        Long[] ranks = new Long[SIZES + 1];
        ranks[0] = 1L;
        for (int i = 0; i < SIZES; i++) {
            ranks[i + 1] = (long) smallest << i;
        }
        try (Connection connection = dataSource.getConnection()) {
            double claims = claims(connection);
            List<Instant> times = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(STARTS)) {
                statement.setArray(1, connection.createArrayOf("bigint", ranks));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next() && rows.getObject(1) != null) {
                        times.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                    }
                }
            }
            estimates.clear();
            newest = times.isEmpty() ? NewestClaims.NONE
                    : new NewestClaims(claims, times.get(0), smallest, List.copyOf(times.subList(1, times.size())));
            return newest;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the newest claims failed: " + e.getMessage(), e);
        }
    }

    /** The planner's count, the one its estimate of a query's matches is a share of. */
    private static double claims(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT reltuples FROM pg_class WHERE oid = 'claim'::regclass");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getDouble(1) : 0;
        }
    }
}
