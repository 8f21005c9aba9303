-- Indexes of the read API (issue 5) beyond V2, each checked with EXPLAIN ANALYZE on 1 million claims.

-- GET /api/claims?modality=: rare modalities (conditional, negated) would otherwise walk the whole time index.
CREATE INDEX claim_modality_idx ON claim (modality, reported_at DESC, id DESC);

-- GET /api/claims?entity= and GET /api/entities/{id}: claim ids of an entity from the index alone.
CREATE INDEX claim_entity_claims_idx ON claim_entity (entity_id, claim_id);

-- GET /api/articles pages newest first by reported time, optionally per outlet.
CREATE INDEX article_reported_idx ON article (reported_at DESC, id DESC);
CREATE INDEX article_outlet_reported_idx ON article (outlet, reported_at DESC, id DESC);
