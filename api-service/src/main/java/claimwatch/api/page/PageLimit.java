package claimwatch.api.page;

import claimwatch.api.problem.InvalidParameterException;

/** Reads the {@code limit} query parameter: a whole number from 1 to the configured maximum. */
public final class PageLimit {

    private PageLimit() {
    }

    public static int parse(String parameter, int defaultLimit, int maxLimit) {
        if (parameter == null || parameter.isEmpty()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(parameter.strip());
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below with the allowed range
        }
        throw new InvalidParameterException("limit", "must be a whole number from 1 to " + maxLimit);
    }
}
