-- Knowledge base. What extraction said about each article, per extractor version (the record as written, or
-- why extraction failed: the article stays stored either way).
CREATE TABLE kb_extractions (
    doc_id             TEXT NOT NULL,
    extractor_version  TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    relevant           INTEGER,
    record             TEXT,            -- the extraction record (contract JSON, without cluster ids)
    record_hash        TEXT,
    error_reason       TEXT,
    error_message      TEXT,
    stored_at          TEXT NOT NULL,
    seq                INTEGER NOT NULL, -- storage order; the newest ok row of an article is its current version
    PRIMARY KEY (doc_id, extractor_version)
);
CREATE INDEX kb_extractions_seq ON kb_extractions(seq);

-- Subjects of statements: event mentions, restaurant mentions and claims of one article.
CREATE TABLE kb_mentions (
    mention_id         TEXT NOT NULL,
    extractor_version  TEXT NOT NULL,
    doc_id             TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('event', 'restaurant', 'claim')),
    ordinal            INTEGER NOT NULL,
    label              TEXT,            -- event type or claim metric
    evidence           TEXT NOT NULL DEFAULT '[]',
    first_seen         TEXT NOT NULL,
    PRIMARY KEY (mention_id, extractor_version)
);
CREATE INDEX kb_mentions_doc ON kb_mentions(doc_id, extractor_version);
CREATE INDEX kb_mentions_kind ON kb_mentions(kind, label);

-- Every extracted value: subject, property, normalised value (JSON), the text it was read from and where.
CREATE TABLE kb_statements (
    statement_id       TEXT PRIMARY KEY,
    subject            TEXT NOT NULL,
    kind               TEXT NOT NULL,
    property           TEXT NOT NULL,
    value              TEXT NOT NULL,
    original           TEXT,
    doc_id             TEXT NOT NULL,
    span_start         INTEGER,
    span_end           INTEGER,
    extractor_version  TEXT NOT NULL,
    first_seen         TEXT NOT NULL
);
CREATE INDEX kb_statements_subject ON kb_statements(subject, extractor_version);
CREATE INDEX kb_statements_doc ON kb_statements(doc_id, extractor_version);

-- Merge decisions as data (nomenklatura's judgements): applied when reading, never by rewriting statements.
CREATE TABLE kb_judgements (
    judgement_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT NOT NULL CHECK (kind IN ('event', 'restaurant')),
    left_id       TEXT NOT NULL,
    right_id      TEXT NOT NULL,
    verdict       TEXT NOT NULL CHECK (verdict IN ('same', 'different', 'unsure')),
    score         REAL,
    reason        TEXT,
    made_by       TEXT NOT NULL CHECK (made_by IN ('machine', 'person')),
    created       TEXT NOT NULL,
    retracted     TEXT,             -- set when a person undoes it (split after merge); the row stays
    supersedes    TEXT NOT NULL DEFAULT '[]'   -- judgement ids this one retracted, restored when it is undone
);
CREATE INDEX kb_judgements_left ON kb_judgements(left_id);
CREATE INDEX kb_judgements_right ON kb_judgements(right_id);
