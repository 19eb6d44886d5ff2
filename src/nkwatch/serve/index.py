"""The serving index: canonical events, restaurants and claim groups folded once and stored as rows, so a page
reads one indexed row instead of re-folding the whole knowledge base.

The knowledge base (statements + judgements) stays the truth; these ``serve_*`` tables are a cache of the store's
one fold (``store.knowledge``). Triggers on the knowledge base's tables note in ``serve_dirty`` which articles,
mentions and reviews changed, whoever wrote them (``nkwatch ingest`` in another process too); ``refresh_index``
re-folds the events those touch and rewrites just their rows (``serve.incremental``), and rebuilds the whole index
only when there is none, or one of another schema version. An event's rowid is a function of its date and id
(``event_rowid``), so rowids are in list order however the rows were written: "newest first" is a reverse rowid
scan that stops after one page whatever filter index SQLite picks.
"""

from __future__ import annotations

import json
import pickle
import re
import sqlite3
from datetime import datetime, timezone

from nkwatch.model.countries import country_name
from nkwatch.resolve.fold import contested_slots, first_report_doubt
from nkwatch.resolve.labels import place_label
from nkwatch.resolve.names import city_key
from nkwatch.resolve.restaurants import RestaurantFinder
from nkwatch.store.canonical import article_meta, load_reviews
from nkwatch.store.knowledge import (event_order, event_parts, event_reviews, fold_claims, fold_registry,
                                     name_restaurants, registry_input, without_cycle_collection)

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
-- with its own copy of each body, so that an event's row can be deleted when it is folded again
CREATE VIRTUAL TABLE IF NOT EXISTS serve_events_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS serve_event_mentions (
    mention_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,            -- rejected events too: the groups of every current mention
    doc_id      TEXT NOT NULL,
    city        TEXT,                     -- the workplace's city and region when the mention states both
    region      TEXT                      -- (fold_event's city_regions)
);
CREATE INDEX IF NOT EXISTS serve_event_mentions_mention ON serve_event_mentions(mention_id);
CREATE INDEX IF NOT EXISTS serve_event_mentions_doc ON serve_event_mentions(doc_id);
CREATE INDEX IF NOT EXISTS serve_event_mentions_event ON serve_event_mentions(event_id);
CREATE INDEX IF NOT EXISTS serve_event_mentions_region ON serve_event_mentions(city, region)
    WHERE region IS NOT NULL;
-- what the restaurant registry reads of each event (store.knowledge.registry_input): the registry is folded
-- whole at each refresh from these, without folding every event again
CREATE TABLE IF NOT EXISTS serve_event_registry (rowid INTEGER PRIMARY KEY, data TEXT NOT NULL);
-- what changed in the knowledge base since the last refresh, noted by the triggers below
CREATE TABLE IF NOT EXISTS serve_dirty (kind TEXT NOT NULL, key TEXT NOT NULL);
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

# (trigger, table, event, the rows it notes): every write to what the fold reads marks what it touches
TRIGGERS = [
    *((f"serve_dirty_extraction_{op.lower()}", "kb_extractions", op, [("doc", f"{row}.doc_id")])
      for op, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))),
    *((f"serve_dirty_article_{op.lower()}", "articles", op, [("doc", f"{row}.doc_id")])
      for op, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))),
    *((f"serve_dirty_judgement_{op.lower()}", "kb_judgements", op,
       [("mention", f"{row}.left_id"), ("mention", f"{row}.right_id")])
      for op, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))),
    *((f"serve_dirty_review_{op.lower()}", "kb_reviews", op, [("review", f"{row}.review_id")])
      for op, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))),
]

SCHEMA_VERSION = "21"  # bump when SCHEMA or what the fold writes changes: an index of another version is rebuilt

TABLES = ("serve_events", "serve_event_dossiers", "serve_event_mentions", "serve_restaurant_mentions",
          "serve_restaurants", "serve_claims", "serve_months", "serve_months_by", "serve_years_by", "serve_event_changes",
          "serve_places", "serve_event_registry", "serve_dirty")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def create_schema(conn: sqlite3.Connection) -> None:
    if has_index(conn):
        row = conn.execute("SELECT value FROM serve_meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            for name, *_ in TRIGGERS:
                conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            for t in (*TABLES, "serve_events_fts", "serve_meta"):
                conn.execute(f"DROP TABLE IF EXISTS {t}")
    # one statement at a time: executescript would commit the caller's transaction first
    for stmt in SCHEMA.split(";"):
        if stmt.strip():
            conn.execute(stmt)
    present = _tables(conn)
    for name, table, op, notes in TRIGGERS:
        if table in present:
            inserts = " ".join(f"INSERT INTO serve_dirty (kind, key) VALUES ('{kind}', {col});" for kind, col in notes)
            conn.execute(f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {op} ON {table} BEGIN {inserts} END")


def needs_rebuild(conn: sqlite3.Connection) -> bool:
    """No index, one of another schema version, or one that may have missed changes (a trigger missing, as when
    a knowledge-base table appeared after the index was built): only a whole rebuild makes it current."""
    if not has_index(conn):
        return True
    row = conn.execute("SELECT value FROM serve_meta WHERE key = 'schema'").fetchone()
    if row is None or row[0] != SCHEMA_VERSION:
        return True
    present = _tables(conn)
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return any(table in present and name not in triggers for name, table, _, _ in TRIGGERS)


def has_index(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'serve_meta'").fetchone() is not None


def is_stale(conn: sqlite3.Connection) -> bool:
    """Whether the knowledge base changed since the index was written (one indexed read)."""
    try:
        return needs_rebuild(conn) or conn.execute("SELECT 1 FROM serve_dirty LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:   # an index from before serve_dirty
        return True


_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def event_rowid(date_lo: str | None, date: str | None, event_id: str) -> int:
    """An event's rowid, from what orders the list: its earliest day, then the date as written (a year before a
    month before a day), then its id. Rowids are then in list order however and whenever the rows are written,
    and the same for the same event in a whole rebuild and in an incremental one.

    62 bits: 22 for the day (0 when undated), 2 for the precision, 38 for the id's first hex digits (ids are
    ``ev-`` and 16 hex digits). Two events share one only if their day, precision and 38 bits of id agree; the
    second then takes the next free rowid (``insert_events``)."""
    m = _DAY.match(date_lo or "")
    day = int(m[1]) * 416 + min(int(m[2]), 12) * 32 + min(int(m[3]), 31) + 1 if m else 0
    precision = 0 if not date else {4: 1, 7: 2}.get(len(date), 3)
    tail = event_id[3:19].ljust(16, "0")
    try:
        bits = int(tail, 16) >> 26
    except ValueError:
        bits = int.from_bytes(tail.encode()[:8].ljust(8, b"\0"), "big") >> 26
    return (day << 40) | (precision << 38) | bits


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


INFERABLE = ("date", "count", "workplace.city", "workplace.region", "workplace.country")


def event_rows(conn: sqlite3.Connection, events: list[dict], articles: dict[str, dict], judgements: dict[str, list],
               reviews: dict[str, list]) -> list[tuple]:
    """The rows of ``events`` (folded and named, store.knowledge), in list order: ``(rowid, event_id, type, status,
    country, city, restaurant_id, date, date_lo, date_hi, sources, lat, lon, place_precision, summary JSON, dossier
    JSON, search text, registry input JSON)``. ``articles``: doc_id → metadata, for every article they cite."""
    rows = []
    for e in events:
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
                       destination=(slots.get("destination") or {}).get("value"),
                       # a hedged head count ("about 100") is no exact 100, and a date or place no source states
                       # with the event (read against the publication date, or from the sentences around it) is
                       # not one it states: the lists and the API say both, as the dossier does
                       approx=bool((slots.get("approx") or {}).get("value")),
                       inferred=[s for s in INFERABLE if (slots.get(s) or {}).get("inferred")],
                       # the first report is not certainly the first (dated only to the month, or a source undated):
                       # the feeds and the CSV say so, as the event page does
                       first_reported_certain=first_report_doubt(e) is None)
        cited = []
        for doc_id in dict.fromkeys(m["doc_id"] for m in e["mention_list"]):
            a = articles.get(doc_id, {"doc_id": doc_id})
            cited.append({k: a.get(k) for k in ("doc_id", "title", "outlet", "published", "url", "text_group")})
        dossier = {**e, **summary, "articles": cited,
                   "judgements": judgements.get(e["id"], []), "reviews": reviews.get(e["id"], [])}
        body = " ".join(str(x) for x in (
            label, e["type"], place_label(place), country_name(place.get("country")) if place.get("country") else "",
            *(a.get("title") or "" for a in cited), *(a.get("outlet") or "" for a in cited),
            *_quotes(conn, e)) if x)
        country = (place.get("country") or "").upper() or None
        body += " " + filter_tokens(e["type"], e["status"], country, rid, city_key(place.get("city")))
        rows.append((event_rowid(lo, e["date"], e["id"]), e["id"], e["type"], e["status"], country,
                     city_key(place.get("city")), rid, e["date"], lo, hi, e["sources"], e["lat"], e["lon"],
                     e["place_precision"], json.dumps(summary, ensure_ascii=False),
                     json.dumps(dossier, ensure_ascii=False, default=str), body,
                     json.dumps(registry_input(e), ensure_ascii=False, default=str)))
    rows.sort(key=lambda r: r[0])
    return rows


def insert_events(conn: sqlite3.Connection, rows) -> list[int]:
    """Events as ``(rowid, event_id, type, status, country, city, restaurant_id, date, date_lo, date_hi, sources,
    lat, lon, place_precision, summary JSON, dossier JSON, search text[, registry input JSON])``, rowid from
    ``event_rowid``. Returns the rowids they got (the next free one when two events share theirs)."""
    out = []
    for r in rows:
        n = r[0]
        while conn.execute("SELECT 1 FROM serve_events WHERE rowid = ?", (n,)).fetchone():
            n += 1
        conn.execute("INSERT INTO serve_events (rowid, event_id, type, status, country, city, restaurant_id, date,"
                     " date_lo, date_hi, sources, lat, lon, place_precision, summary)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (n, *r[1:15]))
        conn.execute("INSERT INTO serve_event_dossiers (rowid, dossier) VALUES (?, ?)", (n, r[15]))
        conn.execute("INSERT INTO serve_events_fts (rowid, body) VALUES (?, ?)", (n, r[16]))
        if len(r) > 17:
            conn.execute("INSERT INTO serve_event_registry (rowid, data) VALUES (?, ?)", (n, r[17]))
        out.append(n)
    return out


def insert_mentions(conn: sqlite3.Connection, events: list[dict]) -> None:
    """Which mention belongs to which event (rejected ones too), with the (city, region) it states together."""
    rows = []
    for e in events:
        for m in e["mention_list"]:
            w = m["fact"].get("workplace") or {}
            both = bool(w.get("city") and w.get("region"))
            rows.append((m["mention_id"], e["id"], m["doc_id"], w["city"] if both else None,
                         w["region"] if both else None))
    conn.executemany("INSERT INTO serve_event_mentions (mention_id, event_id, doc_id, city, region)"
                     " VALUES (?,?,?,?,?)", rows)


def write_registry(conn: sqlite3.Connection, restaurants: list[dict], claims: list[dict]) -> None:
    """The restaurant registry and the claim groups, folded whole (both are small beside the events)."""
    for t in ("serve_restaurants", "serve_restaurant_mentions", "serve_claims"):
        conn.execute(f"DELETE FROM {t}")
    conn.executemany("INSERT INTO serve_restaurants (restaurant_id, name, country, data) VALUES (?,?,?,?)",
                     [(r["id"], r["name"], r["country"], json.dumps(r, ensure_ascii=False, default=str))
                      for r in restaurants])
    conn.executemany("INSERT OR IGNORE INTO serve_restaurant_mentions (mention_id, restaurant_id) VALUES (?, ?)",
                     [(m["mention_id"], r["id"]) for r in restaurants for m in r.get("mentions", [])])
    conn.executemany("INSERT INTO serve_claims (group_id, contested, data) VALUES (?,?,?)",
                     [(c["id"], int(c["contested"]), json.dumps(c, ensure_ascii=False, default=str))
                      for c in claims])


def finish(conn: sqlite3.Connection) -> None:
    """After either kind of refresh: the aggregates, the count, and nothing left to do."""
    summarise(conn)
    conn.execute("DELETE FROM serve_dirty")
    conn.execute("INSERT OR REPLACE INTO serve_meta (key, value) VALUES ('events', ?)",
                 (str(conn.execute("SELECT COUNT(*) FROM serve_events").fetchone()[0]),))
    conn.execute("INSERT OR REPLACE INTO serve_meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
    conn.execute("INSERT OR REPLACE INTO serve_meta (key, value) VALUES ('built', ?)",
                 (datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),))


def write_index(conn: sqlite3.Connection, chunk: int = 2000) -> dict:
    """Replace the index with the store's fold, written as it is folded. Call inside a write transaction.

    The events are folded ``chunk`` groups at a time (``store.knowledge.event_parts``) and set aside in a
    temporary table; the registry is folded from what it reads of each (``registry_input``, streamed back in
    list order); then the events are read back in list order, named after their restaurants and written. What
    is held at once is one chunk and the registry (with the restaurant mentions), not every event: the index is
    ``fold_knowledge``'s, row for row."""
    with without_cycle_collection():
        return _write_index(conn, chunk)


def _write_index(conn: sqlite3.Connection, chunk: int) -> dict:
    create_schema(conn)
    for t in TABLES:
        conn.execute(f"DELETE FROM {t}")
    conn.execute("DELETE FROM serve_events_fts")
    every_review = load_reviews(conn, active=False)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS fold_aside (date TEXT NOT NULL, event_id TEXT NOT NULL,"
                 " registry TEXT, data BLOB NOT NULL)")
    conn.execute("DELETE FROM temp.fold_aside")
    for part in event_parts(conn, event_reviews(every_review)):
        conn.executemany("INSERT INTO temp.fold_aside (date, event_id, registry, data) VALUES (?, ?, ?, ?)",
                         [(*event_order(e), None if e["rejected"] else json.dumps(registry_input(e), default=str),
                           pickle.dumps((e, part.judgements.get(e["id"]), part.reviews.get(e["id"])),
                                        pickle.HIGHEST_PROTOCOL))
                          for e in (*part.events, *part.rejected)])
        del part
    restaurants = fold_registry(conn, (json.loads(r) for (r,) in conn.execute(
        "SELECT registry FROM temp.fold_aside WHERE registry IS NOT NULL ORDER BY date, event_id")))
    restaurant_of = RestaurantFinder(restaurants)
    n = 0
    cur = conn.execute("SELECT data FROM temp.fold_aside ORDER BY date, event_id")
    while batch := [pickle.loads(d) for (d,) in cur.fetchmany(chunk)]:
        events = [e for e, _, _ in batch]
        name_restaurants(events, restaurants, restaurant_of)
        shown = [e for e in events if not e["rejected"]]
        judgements = {e["id"]: js for e, js, _ in batch if js}
        rows = event_rows(conn, shown, article_meta(conn, doc_ids={m["doc_id"] for e in shown
                                                                    for m in e["mention_list"]}),
                          judgements, {e["id"]: rs for e, _, rs in batch if rs})
        rowids = insert_events(conn, rows)
        insert_mentions(conn, events)
        record_changes(conn, rowids, judgements)
        n += len(rows)
    conn.execute("DROP TABLE temp.fold_aside")
    # one merged b-tree per term: a search reads one list instead of one per batch of inserts
    conn.execute("INSERT INTO serve_events_fts(serve_events_fts) VALUES ('optimize')")
    claims = fold_claims(conn, every_review).groups
    write_registry(conn, restaurants, claims)
    finish(conn)
    return {"events": n, "restaurants": len(restaurants), "claims": len(claims), "whole": True}


def record_changes(conn: sqlite3.Connection, rowids: list[int], judgements: dict[str, list]) -> None:
    """Each event's last change (of the events at ``rowids``): the newest ``first_seen`` of its source articles or
    ``created`` of a person's judgement on it (both ISO 8601 UTC, so they compare as text). The machine's own
    judgements are not changes: a new report it links is its article's arrival, and a near miss it merely weighed
    changes nothing a reader sees."""
    for part in (rowids[i:i + 500] for i in range(0, len(rowids), 500)):
        conn.execute("INSERT INTO serve_event_changes (rowid, changed)"
                     " SELECT e.rowid, MAX(a.first_seen) FROM serve_events e"
                     " JOIN serve_event_mentions m ON m.event_id = e.event_id JOIN articles a ON a.doc_id = m.doc_id"
                     f" WHERE a.first_seen IS NOT NULL AND e.rowid IN ({','.join('?' * len(part))}) GROUP BY e.rowid",
                     part)
    for event_id, js in judgements.items():
        latest = max((j["created"] for j in js if j.get("created") and j.get("made_by") != "machine"), default=None)
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
        " FROM serve_events WHERE place_precision = 'city' AND lat IS NOT NULL AND lon IS NOT NULL"
        " GROUP BY round(lat, 2), round(lon, 2), place_precision, type, country, city")
    # known only to a country or a province: an area (the country), never a point at its middle
    conn.execute(
        "INSERT INTO serve_places (kind, lat, lon, place_precision, type, n, label, href, group_href)"
        " SELECT 'area', NULL, NULL, place_precision, type, COUNT(*), country,"
        "  '/events/' || MAX(event_id), '/events?country=' || country || '&type=' || type"
        " FROM serve_events WHERE place_precision IN ('country', 'region') AND country IS NOT NULL"
        " GROUP BY country, place_precision, type")


WHOLE_AFTER = 10_000    # changes noted (serve_dirty rows) up to which a refresh follows them, however small the index


def refresh_index(db, *, force: bool = False, lock_timeout: float = 30.0) -> dict | None:
    """Bring the index up to date with the knowledge base: re-fold the events that changed since the last refresh
    (``serve.incremental``), or rebuild it whole when there is none, it is of another schema version, most of the
    knowledge base changed, or ``force``.

    ``db`` is a path (the process's Writer is opened for the refresh and closed after) or a Writer.
    Returns what was written, or None when the index was current.
    """
    from nkwatch.serve.incremental import update_index
    from nkwatch.store.writer import Writer

    own = not hasattr(db, "transaction")
    writer = Writer.for_path(db, lock_timeout=lock_timeout) if own else db
    try:
        with writer.transaction() as conn:
            if force or needs_rebuild(conn):
                return write_index(conn)
            changes = conn.execute("SELECT COUNT(*) FROM serve_dirty").fetchone()[0]
            if not changes:
                return None
            # most of the knowledge base changed (a large load while no server ran): one pass over it all is
            # faster than following every change, and writes the same index
            if changes > max(WHOLE_AFTER, conn.execute("SELECT COUNT(*) FROM serve_event_mentions").fetchone()[0] // 2):
                return write_index(conn)
            return update_index(conn)
    finally:
        if own:
            writer.close()
