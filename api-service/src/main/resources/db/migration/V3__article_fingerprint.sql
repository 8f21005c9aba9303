-- The features an article gave its story (as the clusterer saw them), so that a newer extractor version of the
-- article can take exactly those back out of story_feature before adding its own.
ALTER TABLE article ADD COLUMN fingerprint jsonb;
