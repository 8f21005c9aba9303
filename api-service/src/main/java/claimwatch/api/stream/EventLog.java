package claimwatch.api.stream;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads and prunes the event table with plain JDBC; the write path inserts the rows. */
@ApplicationScoped
public class EventLog {

    private static final int PRUNE_BATCH = 10_000;
    private static final int PRUNE_BATCHES = 1_000;

    private final DataSource database;

    public EventLog(DataSource database) {
        this.database = database;
    }

    /** Events with {@code after < id <= upTo} that pass the filter, in id order, at most {@code limit}. */
    public List<StoredEvent> read(long after, long upTo, StreamFilter filter, int limit) {
        String sql = "SELECT id, type, story_id, payload::text FROM event WHERE id > ? AND id <= ?"
                + (filter.story() == null ? "" : " AND story_id = ?")
                + (filter.types() == null ? "" : " AND type = ANY (?)")
                + " ORDER BY id LIMIT ?";
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            int i = 1;
            query.setLong(i++, after);
            query.setLong(i++, upTo);
            if (filter.story() != null) {
                query.setString(i++, filter.story());
            }
            if (filter.types() != null) {
                Array types = connection.createArrayOf("varchar", filter.types().toArray());
                query.setArray(i++, types);
            }
            query.setInt(i, limit);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new StoredEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read events after " + after, e);
        }
    }

    /** The newest event id, or the last pruned id when every event is gone. */
    public long newestId() {
        return single("SELECT coalesce((SELECT max(id) FROM event), (SELECT pruned_through FROM event_retention))");
    }

    /** Every event up to this id has been pruned. */
    public long prunedThrough() {
        return single("SELECT pruned_through FROM event_retention");
    }

    public boolean storyExists(String id) {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT 1 FROM story WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up story " + id, e);
        }
    }

    /**
     * Deletes the oldest events up to the first one created at or after {@code before}, in batches, and records the
     * highest id deleted. Deleting only a prefix keeps "resume after id N" exact: every id above pruned_through is kept.
     */
    public long prune(Instant before) {
        long through = single("SELECT coalesce((SELECT id - 1 FROM event WHERE created_at >= ? ORDER BY id LIMIT 1), (SELECT max(id) FROM event), 0)",
                Timestamp.from(before));
        long deleted = 0;
        for (int batch = 0; batch < PRUNE_BATCHES; batch++) {
            int count = pruneBatch(through);
            deleted += count;
            if (count == 0) {
                break;
            }
        }
        return deleted;
    }

    private int pruneBatch(long through) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement upper = connection.prepareStatement("SELECT least(?, min(id) + ?) FROM event");
                    PreparedStatement delete = connection.prepareStatement("DELETE FROM event WHERE id <= ?");
                    PreparedStatement record = connection.prepareStatement(
                            "UPDATE event_retention SET pruned_through = greatest(pruned_through, ?)")) {
                upper.setLong(1, through);
                upper.setLong(2, PRUNE_BATCH);
                long limit;
                try (ResultSet rows = upper.executeQuery()) {
                    rows.next();
                    limit = rows.getLong(1);
                    if (rows.wasNull() || limit <= 0) {
                        connection.rollback();
                        return 0;
                    }
                }
                delete.setLong(1, limit);
                int count = delete.executeUpdate();
                record.setLong(1, limit);
                record.executeUpdate();
                connection.commit();
                return count;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prune events through " + through, e);
        }
    }

    private long single(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }
}
