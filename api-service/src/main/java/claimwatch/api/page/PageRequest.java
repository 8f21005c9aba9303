package claimwatch.api.page;

import java.util.Optional;

import claimwatch.api.ApiConfig;

/** The {@code limit} and {@code cursor} of a list request, checked against the listing's keyset. */
public record PageRequest(int limit, Optional<Cursor> after) {

    public static PageRequest of(String limit, String cursor, Keyset keyset, ApiConfig config) {
        return new PageRequest(PageLimit.parse(limit, config.page().defaultLimit(), config.page().maxLimit()),
                keyset.decode(cursor));
    }

    /** Rows to fetch: one more than shown tells whether another page exists. */
    public int fetch() {
        return limit + 1;
    }
}
