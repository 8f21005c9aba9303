package claimwatch.api.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A WHERE clause built from fixed SQL fragments and the values bound to their placeholders, never from input text. */
final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    void add(String condition, Object... bound) {
        conditions.add(condition);
        values.addAll(Arrays.asList(bound));
    }

    /** This clause and one more condition, leaving this one as it is. */
    SqlWhere and(String condition, Object... bound) {
        SqlWhere more = new SqlWhere();
        more.conditions.addAll(conditions);
        more.values.addAll(values);
        more.add(condition, bound);
        return more;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> values() {
        return values;
    }
}
