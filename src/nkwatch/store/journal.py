"""The ingestion journal (one row per input item: ok, duplicate or error, with why), runs, and resume positions.

Write helpers take the Writer's connection inside a transaction; read helpers take a path or a reader.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

from nkwatch.store.db import DbLike, fetch_dicts, reading

STATUSES = ("ok", "duplicate", "error")

# Bad input keeps its raw bytes so it can be looked at later, up to this much (a 200 MB file keeps its head).
RAW_KEEP_LIMIT = 1 << 20


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def start_run(conn: sqlite3.Connection, sources: list[str]) -> int:
    cur = conn.execute("INSERT INTO runs (started, sources) VALUES (?, ?)", (now(), json.dumps(sources)))
    return int(cur.lastrowid)


def finish_run(conn: sqlite3.Connection, run_id: int, *, stored: int, duplicates: int, errors: int) -> None:
    conn.execute("UPDATE runs SET finished = ?, stored = ?, duplicates = ?, errors = ? WHERE run_id = ?",
                 (now(), stored, duplicates, errors, run_id))


def record(conn: sqlite3.Connection, *, run_id: int | None, source: str, ref: str | None, status: str,
           doc_id: str | None = None, reason: str | None = None, message: str | None = None,
           raw: bytes | str | None = None) -> None:
    if status not in STATUSES:
        raise ValueError(f"journal status must be one of {STATUSES}, not {status!r}")
    raw_size = len(raw) if raw is not None else None
    if raw is not None and len(raw) > RAW_KEEP_LIMIT:
        raw = raw[:RAW_KEEP_LIMIT]
    conn.execute("INSERT INTO journal (run_id, source, ref, doc_id, status, reason, message, raw, raw_size, at)"
                 " VALUES (?,?,?,?,?,?,?,?,?,?)",
                 (run_id, source, ref, doc_id, status, reason, message, raw, raw_size, now()))


# --- resume positions ---------------------------------------------------------------------------------------

def get_position(conn: sqlite3.Connection, source: str) -> dict | None:
    rows = fetch_dicts(conn.execute("SELECT * FROM positions WHERE source = ?", (source,)))
    return rows[0] if rows else None


def set_position(conn: sqlite3.Connection, source: str, position: str | None, *, state: str,
                 fingerprint: str | None) -> None:
    """Call in the same transaction as the rows the position covers: then a crash loses both or neither."""
    conn.execute("INSERT INTO positions (source, position, state, fingerprint, updated) VALUES (?,?,?,?,?)"
                 " ON CONFLICT(source) DO UPDATE SET position = excluded.position, state = excluded.state,"
                 " fingerprint = excluded.fingerprint, updated = excluded.updated",
                 (source, position, state, fingerprint, now()))


# --- read views ---------------------------------------------------------------------------------------------

def journal_entries(db: DbLike, *, status: str | None = None, run_id: int | None = None, limit: int = 100,
                    offset: int = 0, with_raw: bool = False) -> list[dict]:
    """Journal rows, newest first, optionally one status or one run."""
    cols = "id, run_id, source, ref, doc_id, status, reason, message, raw_size, at" + (", raw" if with_raw else "")
    where, params = [], []
    if status:
        where.append("status = ?")
        params.append(status)
    if run_id is not None:
        where.append("run_id = ?")
        params.append(run_id)
    sql = f"SELECT {cols} FROM journal" + (" WHERE " + " AND ".join(where) if where else "")
    with reading(db) as conn:
        return fetch_dicts(conn.execute(sql + " ORDER BY id DESC LIMIT ? OFFSET ?", (*params, limit, offset)))


def list_runs(db: DbLike, *, limit: int = 20) -> list[dict]:
    with reading(db) as conn:
        rows = fetch_dicts(conn.execute("SELECT * FROM runs ORDER BY run_id DESC LIMIT ?", (limit,)))
    for r in rows:
        r["sources"] = json.loads(r["sources"])
    return rows
