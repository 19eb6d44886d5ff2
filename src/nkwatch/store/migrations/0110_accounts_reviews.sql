-- Named accounts: a token is shown once when the account is made; only a salted hash of it is kept.
CREATE TABLE accounts (
    name        TEXT PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('editor', 'reader')),
    salt        TEXT NOT NULL,
    token_hash  TEXT NOT NULL,      -- sha256(salt || token), hex
    created     TEXT NOT NULL,
    revoked     TEXT                -- set by `nkwatch users revoke`; the token stops working at once
);

-- Who made a person's merge or split: the account name (NULL in the single-token mode). ``made_by`` keeps saying
-- what kind of decider it was (machine or person), which is what the resolver reads.
ALTER TABLE kb_judgements ADD COLUMN author TEXT;
ALTER TABLE kb_judgements ADD COLUMN retracted_by TEXT;   -- the account whose split (or merge) retracted it

-- Review actions on canonical events, judgements beside the statements: applied when reading (store/knowledge.py),
-- never by rewriting a statement; undone by setting ``retracted``, the row stays.
CREATE TABLE kb_reviews (
    review_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'correct')),
    slot        TEXT,               -- for correct: the slot (count, workplace.city, date, status, ...)
    value       TEXT,               -- for correct: the reviewed value (JSON); for reject: the duplicate's id
    reason      TEXT,
    source      TEXT,               -- doc_id of an article that supports the correction, if any
    made_by     TEXT NOT NULL,      -- the account name, or 'person' in the single-token mode
    created     TEXT NOT NULL,
    retracted   TEXT,
    retracted_by TEXT,
    based_on    TEXT                -- JSON: the event's version and the slot's extracted value when it was made
);
CREATE INDEX kb_reviews_event ON kb_reviews(event_id);
