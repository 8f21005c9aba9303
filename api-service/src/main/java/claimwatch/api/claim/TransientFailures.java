package claimwatch.api.claim;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;

/**
 * Failures worth retrying, holding the partition, rather than dead-lettering a record: the database restarting or
 * unreachable, a serialization failure or deadlock, a lock or resource that is busy for now.
 */
public final class TransientFailures {

    // 08 connection, 40001 serialization, 40P01 deadlock, 53 resources, 55P03 lock not available, 57P0x shutting down
    private static final List<String> STATES = List.of("08", "40001", "40P01", "53", "55P03", "57P0");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                // The pool and the driver report a lost or unobtainable connection without a state.
                if (sql.getSQLState() == null) {
                    return true;
                }
                if (STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }
}
