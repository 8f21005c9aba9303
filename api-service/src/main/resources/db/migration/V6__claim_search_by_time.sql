-- GET /api/claims?q=: the newest matches of a word in a few thousand of a million claims lie among the newest few
-- tens of thousands of claims, but the text index alone cannot tell a new match from an old one: PostgreSQL either
-- reads the claims newest first until enough match, or reads every match and sorts them (BENCHMARKS.md). So the text
-- index also holds each claim's hour and day, and a search for a word among the newest hours or days reads only the
-- matches there (ClaimSearch, SearchWindows). Even numbers are hours since 1970, odd ones days, both in UTC.
CREATE FUNCTION claim_time_buckets(reported_at timestamptz) RETURNS bigint[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT ARRAY[2 * floor(extract(epoch FROM reported_at AT TIME ZONE 'UTC') / 3600)::bigint,
                 2 * floor(extract(epoch FROM reported_at AT TIME ZONE 'UTC') / 86400)::bigint + 1]
$$;

-- Replaces claim_search_idx: a multi-column GIN index serves a condition on its first column alone just as well.
CREATE INDEX claim_search_time_idx ON claim USING gin (search, claim_time_buckets(reported_at));
DROP INDEX claim_search_idx;
