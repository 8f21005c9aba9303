-- Articles ingest has accepted: what makes an article a duplicate (content hash, canonical URL, SimHash).
CREATE TABLE article (
    id            varchar(32)  PRIMARY KEY,
    content_hash  varchar(71)  NOT NULL UNIQUE,
    canonical_url text         UNIQUE,
    fingerprint   bigint       NOT NULL,
    outlet        text,
    duplicate_of  varchar(32),
    feed_id       bigint,
    ingested_at   timestamptz  NOT NULL
);

-- The near-duplicate index is rebuilt at start from the newest fingerprints.
CREATE INDEX article_ingested_idx ON article (ingested_at DESC);

-- Transactional outbox: written with the article, relayed to Kafka, deleted once the broker has acknowledged it.
CREATE TABLE outbox (
    id          bigserial    PRIMARY KEY,
    topic       text         NOT NULL,
    message_key text         NOT NULL,
    payload     text         NOT NULL,
    created_at  timestamptz  NOT NULL
);

-- Feeds and sitemaps followed by the poller.
CREATE TABLE feed (
    id                   bigserial    PRIMARY KEY,
    url                  text         NOT NULL UNIQUE,
    outlet               text,
    poll_interval_s      integer      NOT NULL,
    created_at           timestamptz  NOT NULL,
    next_poll_at         timestamptz  NOT NULL,
    last_polled_at       timestamptz,
    last_outcome         text,
    last_error           text,
    consecutive_failures integer      NOT NULL DEFAULT 0,
    etag                 text,
    last_modified        text,
    polls                bigint       NOT NULL DEFAULT 0,
    entries_seen         bigint       NOT NULL DEFAULT 0,
    articles_published   bigint       NOT NULL DEFAULT 0,
    duplicates           bigint       NOT NULL DEFAULT 0,
    page_failures        bigint       NOT NULL DEFAULT 0
);

CREATE INDEX feed_due_idx ON feed (next_poll_at);

-- Every page URL a feed has pointed at, so an entry is fetched once (failed pages a few times).
CREATE TABLE feed_page (
    canonical_url text         PRIMARY KEY,
    feed_id       bigint       NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    outcome       text         NOT NULL,
    detail        text,
    attempts      integer      NOT NULL,
    article_id    varchar(32),
    updated_at    timestamptz  NOT NULL
);

CREATE INDEX feed_page_feed_idx ON feed_page (feed_id);
