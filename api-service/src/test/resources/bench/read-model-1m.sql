-- Read-model generator for query plans: 20,000 stories, 200,000 articles, 1,000,000 claims, ~1.5 million entity
-- links over 50,000 entities (Zipf-like), 200,000 facts, 40,000 conflicts, 40 outlets. About 4 minutes and 3.3 GB.
-- Usage, on an empty database migrated with V1, V2 and V4 (psql from this directory):
--   psql -d perf -v ON_ERROR_STOP=1 -f read-model-1m.sql
-- The vocabulary is the words of samples/articles/*.txt in frequency order (tr -cs 'A-Za-z' '\n' | sort | uniq -c
-- | sort -rn), written to /tmp/readpg/words.txt, followed by synthetic rarer words; claim text draws words with a
-- cubic bias towards the frequent ones.
\timing on
SET synchronous_commit = off;
SELECT setseed(0.42);
CREATE TEMP TABLE w0 (word text);
\copy w0 FROM '/tmp/readpg/words.txt'
-- 1362 real words (frequency order) followed by 18,638 synthetic rarer words.
CREATE TEMP TABLE vocab AS
  SELECT row_number() OVER () AS n, word FROM (
    SELECT word FROM w0
    UNION ALL
    SELECT substr(md5(i::text), 1, 3 + i % 5) || (array['tion','ers','ing','al','ed','ity'])[1 + i % 6] FROM generate_series(1, 18638) i) x;
CREATE INDEX ON vocab (n);
ANALYZE vocab;
-- A random phrase of k Zipf-ish words.
CREATE OR REPLACE FUNCTION phrase(k int, seed float8) RETURNS text LANGUAGE sql AS $$
  SELECT string_agg((SELECT v.word FROM vocab v WHERE v.n = g.r), ' ')
  FROM (SELECT 1 + floor(20000 * power(random(), 3))::int + 0 * seed::int AS r FROM generate_series(1, k)) g $$;

CREATE TEMP TABLE outlets AS
  SELECT i, (array['Meridian Wire','The Mercantile Journal','Daily Klaxon','Harbor Times','Coastal Courier','Puerto Alba Herald',
   'Northern Ledger','Valderra Post','Capital Bulletin','Shipping Gazette'])[1 + i % 10] || CASE WHEN i >= 10 THEN ' ' || (i / 10 + 1) ELSE '' END AS name
  FROM generate_series(0, 39) i;

INSERT INTO story (id, title, article_count, outlet_count, fact_count, conflict_count, first_seen, last_seen, last_activity, top_entities, updated_at)
SELECT md5('story' || i), initcap(phrase(6, i)), 10, 8, 10, 2,
       t, t + interval '3 days', t + interval '3 days' + (i % 97) * interval '1 minute',
       '[{"id":"9a1f3c5e7b2d4f60","canonical":"Valderra","type":"place","count":12}]', now()
FROM (SELECT i, timestamptz '2024-01-01' + (i * interval '52 minutes') AS t FROM generate_series(1, 20000) i) s;

INSERT INTO article (id, url, outlet, title, author, published_at, ingested_at, language, text, duplicate_of, extractor,
                     extractor_version, extracted_at, claim_count, updated_at, story_id, story_score, story_reason)
SELECT md5('article' || a), 'https://example.org/' || a, o.name, initcap(phrase(8, a)), 'Writer ' || (a % 300),
       CASE WHEN a % 20 = 0 THEN NULL ELSE s.first_seen + (a % 10) * interval '7 hours' END,
       s.first_seen + (a % 10) * interval '7 hours' + interval '5 minutes', 'en', phrase(120, a),
       NULL, 'structured', 2, now(), 5, now(), s.id, 0.7,
       '{"decision":"joined","score":0.7,"entitySimilarity":0.6,"valueSimilarity":0.5,"textSimilarity":0.3,"sharedEntities":["Valderra"],"sharedValues":["money:EUR:430000000"],"sharedTerms":["ferry"],"mergedStories":[]}'
FROM generate_series(0, 199999) a
JOIN story s ON s.id = md5('story' || (1 + a / 10))
JOIN outlets o ON o.i = (a * 7 + a / 10) % 40;
UPDATE story s SET id = s.id WHERE false;

INSERT INTO claim (id, article_id, sentence_index, span_start, span_end, text, kind, modality, modality_cue, checkworthiness,
                   attribution, facets, outlet, reported_at)
SELECT substr(md5('claim' || c), 1, 24), a.id, c % 5, (c % 5) * 100, (c % 5) * 100 + 90, phrase(12 + c % 10, c),
       (array['statement','statement','quantity','quantity','date','money','statement','quantity'])[1 + (c * 13) % 8],
       (array['asserted','asserted','asserted','asserted','asserted','asserted','hedged','negated','conditional','asserted','asserted','hedged','asserted','asserted','negated','asserted','asserted','asserted','asserted','asserted'])[1 + (c * 7) % 20],
       NULL, round((random() * random() + random() * 0.3)::numeric, 3)::real,
       CASE WHEN c % 3 = 0 THEN '{"speakers":["Joaquin Rendal"],"role":"regional minister","cue":"said","kind":"direct-quote"}'::jsonb END,
       '{"quantities":[{"text":"six hybrid-electric vessels","span":{"start":10,"end":37},"value":6,"upper":null,"unit":null,"item":"vessel","key":"vessel","qualifier":"exact"}],"money":[],"dates":[],"entities":[{"text":"Valderra","span":{"start":0,"end":8},"canonical":"Valderra","type":"place"}],"slots":[{"key":"count:vessel","facet":"quantities","index":0}]}',
       a.outlet, a.reported_at
FROM generate_series(0, 999999) c
JOIN article a ON a.id = md5('article' || (c / 5));

INSERT INTO entity (id, canonical, type, article_count, claim_count, first_seen, last_seen)
SELECT substr(md5('entity' || e), 1, 16), initcap(phrase(1 + e % 3, e)), (array['person','organisation','place','product'])[1 + e % 4],
       0, 0, timestamptz '2024-01-01', timestamptz '2026-01-01'
FROM generate_series(1, 50000) e;

INSERT INTO claim_entity (claim_id, entity_id, article_id)
SELECT DISTINCT ON (claim_id, entity_id) * FROM (
  SELECT c.id AS claim_id, substr(md5('entity' || (1 + floor(50000 * power(random(), 4))::int)), 1, 16) AS entity_id, c.article_id
  FROM claim c, generate_series(1, 2) k WHERE random() < 0.75) x;

UPDATE entity e SET claim_count = x.n, article_count = x.a FROM (
  SELECT entity_id, count(*) n, count(DISTINCT article_id) a FROM claim_entity GROUP BY entity_id) x WHERE x.entity_id = e.id;

INSERT INTO fact (id, story_id, position, slot, status, outlet_count, first_outlet, first_article_id, first_reported_at, body)
SELECT substr(md5('fact' || s.id || p), 1, 24), s.id, p, 'money:EUR', (array['corroborated','single-source','disputed'])[1 + p % 3],
       1 + p % 5, 'Meridian Wire', md5('article0'), s.first_seen,
       jsonb_build_object('id', substr(md5('fact' || s.id || p), 1, 24), 'statement', 'The contract is worth €430 million',
         'slot', 'money:EUR:contract', 'label', 'contract value',
         'value', '{"kind":"money","amount":430000000,"unit":"EUR","qualifier":"exact","display":"€430 million"}'::jsonb,
         'status', (array['corroborated','single-source','disputed'])[1 + p % 3], 'outletCount', 1 + p % 5, 'independentOutletCount', 1 + p % 5,
         'firstReportedBy', '{"outlet":"Meridian Wire","articleId":"0b8e6f1c2d3a4b5c6d7e8f9012345678","publishedAt":"2024-03-11T16:42:00Z","citationChain":[]}'::jsonb,
         'support', '[{"claimId":"a1b2c3d4e5f6a7b8c9d0e1f2","articleId":"0b8e6f1c2d3a4b5c6d7e8f9012345678","outlet":"Meridian Wire","publishedAt":"2024-03-11T16:42:00Z","text":"The contract is worth €430 million, the ministry said.","attribution":{"speakers":["Joaquin Rendal"],"role":"regional minister","cue":"said","kind":"direct-quote"},"modality":"asserted","syndicatedFrom":null,"citationChain":[]},{"claimId":"b1b2c3d4e5f6a7b8c9d0e1f2","articleId":"1b8e6f1c2d3a4b5c6d7e8f9012345678","outlet":"The Mercantile Journal","publishedAt":"2024-03-12T06:00:00Z","text":"Aldermoor Marine Engineering''s €430m contract to supply Valderra''s public ferry operator","attribution":null,"modality":"asserted","syndicatedFrom":null,"citationChain":[]}]'::jsonb)::json
FROM story s, generate_series(0, 9) p;

INSERT INTO conflict (id, story_id, position, slot, body)
SELECT substr(md5('conflict' || s.id || p), 1, 24), s.id, p, 'money:EUR:contract',
       '{"id":"c0nf","slot":"money:EUR:contract","label":"contract value","values":[{"value":{"kind":"money","amount":430000000,"unit":"EUR","qualifier":"exact","display":"€430 million"},"qualifier":"exact","outlets":["Meridian Wire","The Mercantile Journal"],"claims":["a1b2c3d4e5f6a7b8c9d0e1f2"],"factId":"f1"},{"value":{"kind":"money","amount":300000000,"unit":"EUR","qualifier":"more-than","display":"more than €300 million"},"qualifier":"more-than","outlets":["Daily Klaxon"],"claims":["c1b2c3d4e5f6a7b8c9d0e1f2"],"factId":"f2"}]}'
FROM story s, generate_series(0, 1) p;

INSERT INTO outlet (name, article_count, claim_count, story_count, first_count, alone_count, first_seen, last_seen)
SELECT outlet, count(*), sum(claim_count), count(DISTINCT story_id), count(*) / 10, count(*) / 40, min(reported_at), max(reported_at)
FROM article GROUP BY outlet;

VACUUM ANALYZE;
