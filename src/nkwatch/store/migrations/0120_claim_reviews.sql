-- Reviews of single extracted claims share kb_reviews with the reviews of events: one log, one undo, one id
-- sequence. ``target`` says what a row is about; for a claim, ``event_id`` holds the claim's id (its mention id,
-- cm-…), ``slot`` is metric, scope, period, value or as_of, and a reject's ``value`` is not-a-claim, not-relevant
-- or misread.
ALTER TABLE kb_reviews ADD COLUMN target TEXT NOT NULL DEFAULT 'event' CHECK (target IN ('event', 'claim'));
