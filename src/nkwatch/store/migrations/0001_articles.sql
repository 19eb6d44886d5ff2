-- Articles as ingested: the input as received, the text facts point into, what cleaning cut, and provenance.
CREATE TABLE articles (
    doc_id         TEXT PRIMARY KEY,
    url            TEXT,
    canonical_url  TEXT,
    title          TEXT,
    outlet         TEXT,
    published      TEXT,
    language       TEXT,
    raw            BLOB,            -- the input as received (bytes or text), for `nkwatch show --raw`
    raw_size       INTEGER,
    text           TEXT NOT NULL,   -- character offsets of cuts and of later evidence point into this
    kept_text      TEXT NOT NULL,   -- text without the cut stretches: what readers and search see
    cuts           TEXT NOT NULL DEFAULT '[]',   -- JSON [{"start":, "end":, "reason":}]
    encoding       TEXT,            -- the charset decision for byte input, with its reason
    content_hash   TEXT NOT NULL,   -- SHA-256 of text
    text_group     TEXT NOT NULL,   -- doc_id of the first stored copy of this text (itself when original)
    warnings       TEXT NOT NULL DEFAULT '[]',
    extra          TEXT NOT NULL DEFAULT '{}',
    source         TEXT,            -- file, URL or WARC it came from
    source_ref     TEXT,            -- line number, WARC record id, feed entry
    first_seen     TEXT NOT NULL,
    run_id         INTEGER
);
CREATE INDEX articles_canonical_url ON articles(canonical_url);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_text_group ON articles(text_group);
CREATE INDEX articles_outlet ON articles(outlet);

-- Near-duplicates: a reprinted wire story is stored once per outlet and linked to the copies it matches.
CREATE TABLE near_duplicates (
    doc_id      TEXT NOT NULL REFERENCES articles(doc_id),
    copy_of     TEXT NOT NULL REFERENCES articles(doc_id),
    similarity  REAL NOT NULL,
    PRIMARY KEY (doc_id, copy_of)
);
CREATE INDEX near_duplicates_copy_of ON near_duplicates(copy_of);

-- Full-text search over title and kept text (reader comments and other cuts are not searchable).
CREATE VIRTUAL TABLE articles_fts USING fts5(doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');

-- One row per `nkwatch ingest` invocation.
CREATE TABLE runs (
    run_id      INTEGER PRIMARY KEY AUTOINCREMENT,
    started     TEXT NOT NULL,
    finished    TEXT,
    sources     TEXT NOT NULL,     -- JSON list as given on the command line
    stored      INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    errors      INTEGER NOT NULL DEFAULT 0
);

-- The ingestion journal: every input item, good or bad, with why. Bad input keeps its raw bytes (capped).
CREATE TABLE journal (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id     INTEGER REFERENCES runs(run_id),
    source     TEXT NOT NULL,
    ref        TEXT,
    doc_id     TEXT,
    status     TEXT NOT NULL CHECK (status IN ('ok', 'duplicate', 'error')),
    reason     TEXT,
    message    TEXT,
    raw        BLOB,
    raw_size   INTEGER,
    at         TEXT NOT NULL
);
CREATE INDEX journal_status ON journal(status);
CREATE INDEX journal_run ON journal(run_id);

-- Where to resume each source after an interruption; written in the same transaction as the data it covers.
CREATE TABLE positions (
    source       TEXT PRIMARY KEY,
    position     TEXT,
    state        TEXT NOT NULL CHECK (state IN ('running', 'done')),
    fingerprint  TEXT,              -- size and mtime of a local file: a changed file is read from the start
    updated      TEXT NOT NULL
);
