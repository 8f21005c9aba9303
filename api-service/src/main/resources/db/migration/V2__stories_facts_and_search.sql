-- The read model of issue 5: claim facets, entities, stories, facts, conflicts, outlets and the event log.
-- Every derived row (story, fact, conflict, outlet counts) is written in the transaction that stores the claims it
-- comes from, so a crash leaves either all of a batch or none of it.

-- When an article counts as reported: its published time, or its ingestion time when the page gave none.
ALTER TABLE article
    ADD COLUMN reported_at   timestamptz GENERATED ALWAYS AS (coalesce(published_at, ingested_at)) STORED,
    ADD COLUMN story_id      varchar(32),
    ADD COLUMN story_score   real,
    ADD COLUMN story_reason  jsonb,
    ADD COLUMN cited_outlets text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN search        tsvector    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;

CREATE INDEX article_story_idx ON article (story_id, reported_at, id);
CREATE INDEX article_outlet_idx ON article (outlet, ingested_at DESC, id DESC);
CREATE INDEX article_search_idx ON article USING gin (search);

-- Facets as extracted (quantities, money, dates, entities, slots), denormalised outlet and time for the filters.
ALTER TABLE claim
    ADD COLUMN kind            varchar(16),
    ADD COLUMN modality        varchar(16),
    ADD COLUMN modality_cue    text,
    ADD COLUMN checkworthiness real,
    ADD COLUMN attribution     jsonb,
    ADD COLUMN facets          jsonb,
    ADD COLUMN outlet          text,
    ADD COLUMN reported_at     timestamptz,
    ADD COLUMN search          tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;

UPDATE claim c SET outlet = a.outlet, reported_at = a.reported_at FROM article a WHERE a.id = c.article_id;
ALTER TABLE claim ALTER COLUMN reported_at SET NOT NULL;

-- GET /api/claims pages newest first on (reported_at, id); each filter has an index that keeps that order.
CREATE INDEX claim_reported_idx ON claim (reported_at DESC, id DESC);
CREATE INDEX claim_outlet_idx ON claim (outlet, reported_at DESC, id DESC);
CREATE INDEX claim_kind_idx ON claim (kind, reported_at DESC, id DESC);
CREATE INDEX claim_search_idx ON claim USING gin (search);

-- Entities by canonical name and type; id = first 16 hex digits of sha-256("type|lower(canonical)").
CREATE TABLE entity (
    id            varchar(16) PRIMARY KEY,
    canonical     text        NOT NULL,
    type          varchar(16) NOT NULL,
    article_count integer     NOT NULL DEFAULT 0,
    claim_count   integer     NOT NULL DEFAULT 0,
    first_seen    timestamptz NOT NULL,
    last_seen     timestamptz NOT NULL,
    search        tsvector    GENERATED ALWAYS AS (to_tsvector('simple', canonical)) STORED
);

CREATE INDEX entity_search_idx ON entity USING gin (search);
CREATE INDEX entity_rank_idx ON entity (claim_count DESC, id);

CREATE TABLE claim_entity (
    claim_id   varchar(24) NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    entity_id  varchar(16) NOT NULL REFERENCES entity (id),
    article_id varchar(32) NOT NULL,
    PRIMARY KEY (claim_id, entity_id)
);

CREATE INDEX claim_entity_entity_idx ON claim_entity (entity_id, article_id);

-- A story's id is the id of the article that started it, so ids do not depend on sequences (which a crash advances).
CREATE TABLE story (
    id              varchar(32) PRIMARY KEY,
    title           text        NOT NULL,
    article_count   integer     NOT NULL,
    outlet_count    integer     NOT NULL,
    fact_count      integer     NOT NULL DEFAULT 0,
    conflict_count  integer     NOT NULL DEFAULT 0,
    first_seen      timestamptz NOT NULL,
    last_seen       timestamptz NOT NULL,
    -- latest ingestion time among its articles: "last activity", deterministic for the same input
    last_activity   timestamptz NOT NULL,
    top_entities    jsonb       NOT NULL DEFAULT '[]',
    merged_into     varchar(32) REFERENCES story (id),
    updated_at      timestamptz NOT NULL
);

CREATE INDEX story_activity_idx ON story (last_activity DESC, id DESC) WHERE merged_into IS NULL;

-- What the clusterer compares an arriving article with: entity, value and term features with their counts.
CREATE TABLE story_feature (
    story_id  varchar(32) NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    feature   text        NOT NULL,
    weight    integer     NOT NULL,
    last_seen timestamptz NOT NULL,
    PRIMARY KEY (story_id, feature)
);

CREATE INDEX story_feature_lookup_idx ON story_feature (feature, last_seen DESC);

-- Facts and conflicts are recomputed per story and stored as served; body is the JSON the API answers with.
CREATE TABLE fact (
    id                varchar(24) PRIMARY KEY,
    story_id          varchar(32) NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    position          integer     NOT NULL,
    slot              text        NOT NULL,
    status            varchar(16) NOT NULL,
    outlet_count      integer     NOT NULL,
    first_outlet      text,
    first_article_id  varchar(32),
    first_reported_at timestamptz,
    body              jsonb       NOT NULL
);

CREATE INDEX fact_story_idx ON fact (story_id, position, id);
CREATE INDEX fact_first_outlet_idx ON fact (first_outlet);

CREATE TABLE conflict (
    id       varchar(24) PRIMARY KEY,
    story_id varchar(32) NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    position integer     NOT NULL,
    slot     text        NOT NULL,
    body     jsonb       NOT NULL
);

CREATE INDEX conflict_story_idx ON conflict (story_id, position, id);

-- Per-outlet figures for GET /api/outlets, kept current with each batch.
CREATE TABLE outlet (
    name          text        PRIMARY KEY,
    article_count integer     NOT NULL DEFAULT 0,
    claim_count   integer     NOT NULL DEFAULT 0,
    story_count   integer     NOT NULL DEFAULT 0,
    first_count   integer     NOT NULL DEFAULT 0,
    alone_count   integer     NOT NULL DEFAULT 0,
    first_seen    timestamptz NOT NULL,
    last_seen     timestamptz NOT NULL
);

CREATE INDEX outlet_rank_idx ON outlet (article_count DESC, name);

-- The live stream. Events are inserted only while the writer holds the story lock (one writer at a time across
-- replicas), so ids become visible in commit order and a reader resuming "after id N" never skips one.
CREATE TABLE event (
    id         bigserial   PRIMARY KEY,
    type       varchar(16) NOT NULL,
    story_id   varchar(32),
    payload    jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
