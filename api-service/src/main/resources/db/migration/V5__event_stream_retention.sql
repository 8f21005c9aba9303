-- GET /api/stream: the story filter reads one story's events in id order, pruning finds old events by time, and
-- event_retention remembers the highest id ever pruned, so a client resuming before it is told (event `reset`) that
-- it missed events, while gaps the sequence leaves after a rollback are not mistaken for pruned events.
CREATE INDEX event_story_idx ON event (story_id, id);
CREATE INDEX event_created_idx ON event (created_at);

CREATE TABLE event_retention (
    singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    pruned_through bigint  NOT NULL
);

INSERT INTO event_retention (singleton, pruned_through) VALUES (true, 0);
