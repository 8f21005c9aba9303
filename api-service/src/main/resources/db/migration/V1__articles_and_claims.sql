-- Articles and their claims as last extracted; one row per article, its claims replaced as a whole.
CREATE TABLE article (
    id                varchar(32)  PRIMARY KEY,
    url               text,
    outlet            text,
    title             text,
    author            text,
    published_at      timestamptz,
    ingested_at       timestamptz  NOT NULL,
    language          varchar(8),
    text              text         NOT NULL,
    duplicate_of      varchar(32),
    extractor         text         NOT NULL,
    extractor_version integer      NOT NULL,
    extracted_at      timestamptz  NOT NULL,
    claim_count       integer      NOT NULL,
    updated_at        timestamptz  NOT NULL
);

-- GET /api/articles pages newest first with a keyset cursor on (ingested_at, id).
CREATE INDEX article_ingested_idx ON article (ingested_at DESC, id DESC);

CREATE TABLE claim (
    id             varchar(24)  PRIMARY KEY,
    article_id     varchar(32)  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    sentence_index integer      NOT NULL,
    span_start     integer      NOT NULL,
    span_end       integer      NOT NULL,
    text           text         NOT NULL
);

CREATE INDEX claim_article_idx ON claim (article_id, sentence_index);
