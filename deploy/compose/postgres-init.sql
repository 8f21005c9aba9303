-- Runs once, when the postgres container initialises an empty data volume (docker-entrypoint-initdb.d).
-- The same role and databases that ./claimwatch creates for a local run.
CREATE ROLE claimwatch LOGIN PASSWORD 'claimwatch';
CREATE DATABASE claimwatch_api OWNER claimwatch;
CREATE DATABASE claimwatch_ingest OWNER claimwatch;
