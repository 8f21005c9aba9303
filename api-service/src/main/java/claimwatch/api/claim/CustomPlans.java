package claimwatch.api.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.postgresql.PGStatement;

/**
 * Statements of the writer whose best plan depends on their values (an array of ids of any length, a story of any
 * size): sent unnamed, so PostgreSQL plans each execution for its values, while the writer's other statements keep
 * the one plan PostgreSQL settles on (the writer's transaction allows generic plans, see {@link ClaimsBatchWriter}).
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        return statement;
    }
}
