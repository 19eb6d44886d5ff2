"""The serving index: canonical events, restaurants and claim groups folded once and stored as rows, so a page
reads one indexed row instead of re-folding the whole knowledge base.

The knowledge base (statements + judgements) stays the truth; these ``serve_*`` tables are a cache of the store's
one fold (``store.knowledge``), rebuilt whole by ``refresh_index`` when the knowledge base's fingerprint
(extractions, judgements, articles) changes. Events are stored in date order, so their rowid is the list order:
"newest first" is a reverse rowid scan that stops after one page whatever filter index SQLite picks.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

from nkwatch.model.countries import country_name
from nkwatch.resolve.fold import contested_slots
from nkwatch.resolve.labels import place_label
from nkwatch.resolve.names import city_key
from nkwatch.store.knowledge import Knowledge, fold_knowledge

SCHEMA = """
CREATE TABLE IF NOT EXISTS serve_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS serve_events (
    rowid          INTEGER PRIMARY KEY,   -- ascending date order: list order without a sort
    event_id       TEXT NOT NULL UNIQUE,
    type           TEXT,
    status         TEXT,
    country        TEXT,
    city           TEXT,
    restaurant_id  TEXT,
    date           TEXT,
    date_lo        TEXT,                  -- earliest day the date can mean ("2016-04" → 2016-04-01)
    date_hi        TEXT,                  -- latest ("2016-04" → 2016-04-31: compared as text only)
    sources        INTEGER NOT NULL,
    lat            REAL,
    lon            REAL,
    place_precision TEXT,
    summary        TEXT NOT NULL          -- JSON: one row of an event list
);
-- the event page's JSON, apart: list scans then read ~1 kB rows instead of dragging every dossier along
CREATE TABLE IF NOT EXISTS serve_event_dossiers (rowid INTEGER PRIMARY KEY, dossier TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS serve_events_type ON serve_events(type);
CREATE INDEX IF NOT EXISTS serve_events_country ON serve_events(country);
CREATE INDEX IF NOT EXISTS serve_events_city ON serve_events(city);
CREATE INDEX IF NOT EXISTS serve_events_status ON serve_events(status);
CREATE INDEX IF NOT EXISTS serve_events_restaurant ON serve_events(restaurant_id);
CREATE INDEX IF NOT EXISTS serve_events_date ON serve_events(date_lo);
CREATE VIRTUAL TABLE IF NOT EXISTS serve_events_fts USING fts5(body, content='',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS serve_event_mentions (
    mention_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    doc_id      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS serve_event_mentions_doc ON serve_event_mentions(doc_id);
CREATE INDEX IF NOT EXISTS serve_event_mentions_event ON serve_event_mentions(event_id);
CREATE TABLE IF NOT EXISTS serve_restaurant_mentions (mention_id TEXT PRIMARY KEY, restaurant_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS serve_restaurants (
    restaurant_id  TEXT PRIMARY KEY,
    name           TEXT,
    country        TEXT,
    data           TEXT NOT NULL          -- JSON: the registry entry with lifecycle and mentions
);
CREATE TABLE IF NOT EXISTS serve_claims (
    group_id   TEXT PRIMARY KEY,
    contested  INTEGER NOT NULL,
    data       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS serve_months (month TEXT NOT NULL, type TEXT, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS serve_months_by (month TEXT NOT NULL, type TEXT, country TEXT, status TEXT,
    n INTEGER NOT NULL);
-- when nkwatch last learnt something about each event (its newest source article stored, its newest
-- judgement): the watch feeds put new and changed events first
CREATE TABLE IF NOT EXISTS serve_event_changes (rowid INTEGER PRIMARY KEY, changed TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS serve_event_changes_changed ON serve_event_changes(changed);
-- events dated only to a year, per year, type, country and status: the timeline shows them as such
CREATE TABLE IF NOT EXISTS serve_years_by (year TEXT NOT NULL, type TEXT, country TEXT, status TEXT,
    n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS serve_places (
    kind TEXT, lat REAL, lon REAL, place_precision TEXT, type TEXT, n INTEGER, label TEXT, href TEXT,
    group_href TEXT
);
"""

SCHEMA_VERSION = "7"  # bump when SCHEMA changes: an index of another version is dropped and rebuilt

TABLES = ("serve_events", "serve_event_dossiers", "serve_event_mentions", "serve_restaurant_mentions",
          "serve_restaurants", "serve_claims", "serve_months", "serve_months_by", "serve_years_by", "serve_event_changes",
          "serve_places")


def create_schema(conn: sqlite3.Connection) -> None:
    if has_index(conn):
        row = conn.execute("SELECT value FROM serve_meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            for t in (*TABLES, "serve_events_fts", "serve_meta"):
                conn.execute(f"DROP TABLE IF EXISTS {t}")
    # one statement at a time: executescript would commit the caller's transaction first
    for stmt in SCHEMA.split(";"):
        if stmt.strip():
            conn.execute(stmt)


def has_index(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'serve_meta'").fetchone() is not None


def kb_fingerprint(conn: sqlite3.Connection) -> str:
    """Changes whenever anything the index is folded from changes: an extraction, a judgement, an article."""
    def one(sql: str):
        try:
            return conn.execute(sql).fetchone()
        except sqlite3.OperationalError:  # a table not there yet
            return None
    parts = [one("SELECT MAX(seq), COUNT(*) FROM kb_extractions"),
             one("SELECT MAX(judgement_id), COUNT(*), COUNT(retracted) FROM kb_judgements"),
             one("SELECT MAX(rowid), COUNT(*) FROM articles"),
             one("SELECT MAX(review_id), COUNT(retracted) FROM kb_reviews")]
    return json.dumps([list(p) if p else None for p in parts])


def index_fingerprint(conn: sqlite3.Connection) -> str | None:
    if not has_index(conn):
        return None
    meta = dict(conn.execute("SELECT key, value FROM serve_meta WHERE key IN ('fingerprint', 'schema')"))
    return meta.get("fingerprint") if meta.get("schema") == SCHEMA_VERSION else None


def is_stale(conn: sqlite3.Connection) -> bool:
    return index_fingerprint(conn) != kb_fingerprint(conn)


def date_bounds(d) -> tuple[str | None, str | None]:
    if not isinstance(d, str) or len(d) < 4:
        return None, None
    if len(d) == 4:
        return f"{d}-01-01", f"{d}-12-31"
    if len(d) == 7:
        return f"{d}-01", f"{d}-31"
    return d[:10], d[:10]


def filter_token(name: str, value) -> str | None:
    """The search token an equality filter becomes (``country=CN`` → ``xcountrycn``).

    Each event's FTS row carries one per filter value, so words plus filters, or several filters together,
    are answered by FTS5 intersecting its posting lists in rowid order, instead of a B-tree scan that
    checks every row of the broadest filter.
    """
    if value in (None, ""):
        return None
    v = "".join(ch for ch in str(value).lower() if ch.isalnum())
    return f"x{name}{v}" if v else None


def filter_tokens(type_, status, country, restaurant_id, city) -> str:
    pairs = (("type", type_), ("status", status), ("country", country), ("rest", restaurant_id), ("city", city))
    return " ".join(t for t in (filter_token(n, v) for n, v in pairs) if t)


def _quotes(conn: sqlite3.Connection, event: dict) -> list[str]:
    """The words each mention was read from: what full-text search over events looks in, with the labels."""
    out = []
    for m in event["mention_list"]:
        spans = [s for s in m.get("evidence") or [] if isinstance(s, dict)]
        if not spans:
            continue
        row = conn.execute("SELECT text FROM articles WHERE doc_id = ?", (m["doc_id"],)).fetchone()
        if row:
            out.extend(row[0][s["start"]:s["end"]] for s in spans if 0 <= s["start"] < s["end"] <= len(row[0]))
    return out


def _event_rows(conn: sqlite3.Connection, kb: Knowledge) -> list[tuple]:
    meta = kb.articles
    rows = []
    for e in kb.events:
        rid, label = e["restaurant_id"], e["label"]
        place = e["place"]
        lo, hi = date_bounds(e["date"])
        summary = {k: e[k] for k in ("id", "type", "date", "date_precision", "place", "place_precision", "lat", "lon",
                                     "count", "count_max", "status", "sources", "mentions", "first_reported",
                                     "label", "restaurant_id", "restaurant", "reviewed", "reviewed_by")}
        slots = e.get("slots") or {}
        summary.update(place_label=place_label(place), contested=contested_slots(e),
                       # the way people went, for the map's route lines: countries they passed, where they went
                       transit=(slots.get("transit") or {}).get("value") or [],
                       destination=(slots.get("destination") or {}).get("value"))
        articles = []
        for doc_id in dict.fromkeys(m["doc_id"] for m in e["mention_list"]):
            a = meta.get(doc_id, {"doc_id": doc_id})
            articles.append({k: a.get(k) for k in ("doc_id", "title", "outlet", "published", "url", "text_group")})
        dossier = {**e, **summary, "articles": articles,
                   "judgements": kb.judgements.get(e["id"], []), "reviews": kb.reviews.get(e["id"], [])}
        body = " ".join(str(x) for x in (
            label, e["type"], place_label(place), country_name(place.get("country")) if place.get("country") else "",
            *(a.get("title") or "" for a in articles), *(a.get("outlet") or "" for a in articles),
            *_quotes(conn, e)) if x)
        country = (place.get("country") or "").upper() or None
        body += " " + filter_tokens(e["type"], e["status"], country, rid, city_key(place.get("city")))
        rows.append((e["id"], e["type"], e["status"], (place.get("country") or "").upper() or None,
                     city_key(place.get("city")), rid, e["date"], lo, hi, e["sources"], e["lat"], e["lon"],
                     e["place_precision"], json.dumps(summary, ensure_ascii=False),
                     json.dumps(dossier, ensure_ascii=False, default=str), body))
    rows.sort(key=lambda r: (r[7] or "", r[6] or "", r[0]))
    return rows


def insert_events(conn: sqlite3.Connection, rows) -> None:
    """Events in list order (oldest first) as ``(event_id, type, status, country, city, restaurant_id, date,
    date_lo, date_hi, sources, lat, lon, place_precision, summary JSON, dossier JSON, search text)``."""
    n = 0
    for n, r in enumerate(rows, 1):
        conn.execute("INSERT INTO serve_events (rowid, event_id, type, status, country, city, restaurant_id, date,"
                     " date_lo, date_hi, sources, lat, lon, place_precision, summary)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (n, *r[:14]))
        conn.execute("INSERT INTO serve_event_dossiers (rowid, dossier) VALUES (?, ?)", (n, r[14]))
        conn.execute("INSERT INTO serve_events_fts (rowid, body) VALUES (?, ?)", (n, r[15]))
    # one merged b-tree per term: a search reads one list instead of one per batch of inserts
    conn.execute("INSERT INTO serve_events_fts(serve_events_fts) VALUES ('optimize')")


def write_index(conn: sqlite3.Connection, kb: Knowledge, fingerprint: str) -> dict:
    """Replace the index with the fold ``kb``. Call inside a write transaction."""
    create_schema(conn)
    for t in TABLES:
        conn.execute(f"DELETE FROM {t}")
    conn.execute("INSERT INTO serve_events_fts(serve_events_fts) VALUES ('delete-all')")
    rows = _event_rows(conn, kb)
    insert_events(conn, rows)
    conn.executemany("INSERT INTO serve_event_mentions (mention_id, event_id, doc_id) VALUES (?,?,?)",
                     kb.mentions)
    record_changes(conn, kb)
    conn.executemany("INSERT INTO serve_restaurants (restaurant_id, name, country, data) VALUES (?,?,?,?)",
                     [(r["id"], r["name"], r["country"], json.dumps(r, ensure_ascii=False, default=str))
                      for r in kb.restaurants])
    conn.executemany("INSERT OR IGNORE INTO serve_restaurant_mentions (mention_id, restaurant_id) VALUES (?, ?)",
                     [(m["mention_id"], r["id"]) for r in kb.restaurants for m in r.get("mentions", [])])
    conn.executemany("INSERT INTO serve_claims (group_id, contested, data) VALUES (?,?,?)",
                     [(c["id"], int(c["contested"]), json.dumps(c, ensure_ascii=False, default=str))
                      for c in kb.claims])
    summarise(conn)
    conn.execute("INSERT OR REPLACE INTO serve_meta (key, value) VALUES ('fingerprint', ?)", (fingerprint,))
    conn.execute("INSERT OR REPLACE INTO serve_meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
    conn.execute("INSERT OR REPLACE INTO serve_meta (key, value) VALUES ('built', ?)",
                 (datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),))
    return {"events": len(rows), "restaurants": len(kb.restaurants), "claims": len(kb.claims)}


def record_changes(conn: sqlite3.Connection, kb: Knowledge) -> None:
    """Each event's last change: the newest ``first_seen`` of its source articles or ``created`` of a person's
    judgement on it (both ISO 8601 UTC, so they compare as text). The machine's own judgements are not changes: a
    new report it links is its article's arrival, and a near miss it merely weighed changes nothing a reader sees."""
    conn.execute("INSERT INTO serve_event_changes (rowid, changed)"
                 " SELECT e.rowid, MAX(a.first_seen) FROM serve_events e"
                 " JOIN serve_event_mentions m ON m.event_id = e.event_id JOIN articles a ON a.doc_id = m.doc_id"
                 " WHERE a.first_seen IS NOT NULL GROUP BY e.rowid")
    for event_id, judgements in kb.judgements.items():
        latest = max((j["created"] for j in judgements if j.get("created") and j.get("made_by") != "machine"),
                     default=None)
        if latest:
            conn.execute("INSERT INTO serve_event_changes (rowid, changed)"
                         " SELECT rowid, ? FROM serve_events WHERE event_id = ?"
                         " ON CONFLICT(rowid) DO UPDATE SET changed = max(changed, excluded.changed)",
                         (latest, event_id))


def summarise(conn: sqlite3.Connection) -> None:
    """The home page's aggregates (events per month and type, events per place), computed once per build."""
    conn.execute("DELETE FROM serve_months")
    conn.execute("DELETE FROM serve_months_by")
    conn.execute("DELETE FROM serve_places")
    # per country and status too, so a filtered timeline is a sum over this small table, not a scan of events
    conn.execute("INSERT INTO serve_months_by (month, type, country, status, n)"
                 " SELECT substr(date, 1, 7), type, country, status, COUNT(*)"
                 " FROM serve_events WHERE length(date) >= 7 GROUP BY 1, 2, 3, 4")
    conn.execute("INSERT INTO serve_months (month, type, n) SELECT month, type, SUM(n) FROM serve_months_by"
                 " GROUP BY 1, 2")
    conn.execute("DELETE FROM serve_years_by")
    conn.execute("INSERT INTO serve_years_by (year, type, country, status, n)"
                 " SELECT date, type, country, status, COUNT(*) FROM serve_events WHERE length(date) = 4"
                 " GROUP BY 1, 2, 3, 4")
    conn.execute(
        "INSERT INTO serve_places (kind, lat, lon, place_precision, type, n, label, href, group_href)"
        " SELECT 'event', round(lat, 2), round(lon, 2), place_precision, type, COUNT(*),"
        "  json_extract(MAX(summary), '$.label'), '/events/' || MAX(event_id),"
        "  '/events?country=' || COALESCE(country, '') || '&city=' || COALESCE(city, '')"
        " FROM serve_events WHERE lat IS NOT NULL AND lon IS NOT NULL"
        " GROUP BY round(lat, 2), round(lon, 2), place_precision, type, country, city")


def refresh_index(db, *, force: bool = False, lock_timeout: float = 30.0) -> dict | None:
    """Rebuild the index when the knowledge base changed since it was built (or always with ``force``).

    ``db`` is a path (the process's Writer is opened for the rebuild and closed after) or a Writer.
    Returns what was written, or None when the index was current.
    """
    from nkwatch.store.writer import Writer

    own = not hasattr(db, "transaction")
    writer = Writer.for_path(db, lock_timeout=lock_timeout) if own else db
    try:
        with writer.transaction() as conn:
            fp = kb_fingerprint(conn)
            if not force and index_fingerprint(conn) == fp:
                return None
            return write_index(conn, fold_knowledge(conn), fp)
    finally:
        if own:
            writer.close()
