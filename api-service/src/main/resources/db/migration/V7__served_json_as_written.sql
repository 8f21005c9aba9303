-- Fact and conflict bodies and event payloads are written whole and served whole, never queried inside. As json they
-- are kept as written; as jsonb PostgreSQL parsed each into its binary form on every insert (about 18 events and a
-- story's facts per stored article) and printed it back on every read. Measured in BENCHMARKS.md (claims ingest).
ALTER TABLE fact ALTER COLUMN body TYPE json USING body::json;
ALTER TABLE conflict ALTER COLUMN body TYPE json USING body::json;
ALTER TABLE event ALTER COLUMN payload TYPE json USING payload::json;
