"""Opening the SQLite file: pragmas, the migrations, read-only reader connections, and the SQLite version check.

Writes go through ``nkwatch.store.writer.Writer`` only; this module never writes except inside ``migrate``,
which the Writer calls on its own connection.
"""

from __future__ import annotations

import re
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Union

from nkwatch.model import CorruptDatabase, DiskFull, StoreError

# SQLite's WAL-reset bug: two connections writing or checkpointing one WAL database at the same moment can
# corrupt it. Introduced in 3.7.0, fixed in 3.51.3. We avoid it by design (one writer connection per
# database, readers read-only and so never checkpoint), whatever the version; the check is reported by
# `nkwatch stats` so an operator knows which case applies.
WAL_RESET_BUG_RANGE = ((3, 7, 0), (3, 51, 2))

DbLike = Union[str, Path, sqlite3.Connection]

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def sqlite_version() -> str:
    return sqlite3.sqlite_version


def wal_reset_bug_affected(version: tuple[int, ...] | None = None) -> bool:
    """True when the linked SQLite is in the WAL-reset bug range (3.7.0 – 3.51.2)."""
    v = tuple(version or sqlite3.sqlite_version_info)[:3]
    lo, hi = WAL_RESET_BUG_RANGE
    return lo <= v <= hi


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration bundled in the package, in order.

    Numbers 0001-0099 belong to the article store; knowledge-base tables start at 0100.
    """
    out = []
    for entry in resources.files("nkwatch.store").joinpath("migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            out.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    out.sort()
    versions = [v for v, _, _ in out]
    if len(versions) != len(set(versions)):
        raise StoreError(f"two migrations share a number: {[n for _, n, _ in out]}")
    return out


def latest_version() -> int:
    ms = migrations()
    return ms[-1][0] if ms else 0


def schema_version(conn: sqlite3.Connection) -> int:
    """The highest migration applied to this database, 0 for an empty file."""
    row = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if row is None:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations this database lacks, each in its own transaction. Returns the versions applied.

    ``conn`` must be in autocommit mode (isolation_level=None): each script carries its own BEGIN/COMMIT so a
    failing migration rolls back whole and leaves the version where it was.
    """
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                 " applied TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))")
    current = schema_version(conn)
    applied = []
    for version, name, sql in migrations():
        if version <= current:
            continue
        script = (f"BEGIN IMMEDIATE;\n{sql}\n;\n"
                  f"INSERT INTO schema_version (version, name) VALUES ({version}, '{name}');\nCOMMIT;")
        try:
            conn.executescript(script)
        except sqlite3.Error as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {name} failed: {e}") from e
        applied.append(version)
    return applied


def configure_writer(conn: sqlite3.Connection) -> None:
    """WAL for concurrent readers; synchronous=FULL so a committed batch survives power loss as well as kill -9."""
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(f"could not switch the database to WAL (journal_mode is {mode})")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA journal_size_limit=67108864")  # a checkpointed -wal is cut back to 64 MB at most
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    # Storing an article inserts into indexes keyed by hashes (statement, mention ids), so each insert lands on a
    # page of its own; with SQLite's default 2 MB page cache most of those pages were read again from the file for
    # every article. 128 MB, taken only as pages are used: the statements' inserts at 20,000 stories (a 256 MB
    # store) 7.1 -> 3.9 s CPU, more on larger stores.
    conn.execute("PRAGMA cache_size=-131072")


DAMAGED_ADVICE = "restore it from a backup, or recover what is readable with `sqlite3 DB .recover`"


def quick_check(conn: sqlite3.Connection) -> None:
    """``PRAGMA quick_check`` (b-tree structure, page by page, without the index cross-checks of
    integrity_check); raises CorruptDatabase with SQLite's first findings when the file is damaged."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as e:
        rows = [str(e)]
    if rows != ["ok"]:
        raise CorruptDatabase(f"the database is damaged (quick_check: {'; '.join(rows)[:300]}); {DAMAGED_ADVICE}")


def disk_full(e: BaseException | None) -> bool:
    """True when ``e`` or an error it was raised while handling is SQLite's SQLITE_FULL (or ENOSPC)."""
    while e is not None:
        if getattr(e, "sqlite_errorname", None) == "SQLITE_FULL" or "database or disk is full" in str(e) \
                or getattr(e, "errno", None) == 28:
            return True
        e = e.__cause__ or e.__context__
    return False


def as_store_error(e: sqlite3.Error, what: str, source: str) -> StoreError:
    """A database error as the StoreError a user can act on: damaged file, full disk, or what SQLite said."""
    if disk_full(e):
        return DiskFull(f"{what}: disk full (SQLite: {e}); the batch was rolled back, nothing partial is stored; "
                        f"free space and run the same command again to continue", source=source)
    if getattr(e, "sqlite_errorname", None) in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in str(e):
        return CorruptDatabase(f"{what}: the database is damaged ({e}); {DAMAGED_ADVICE}", source=source)
    return StoreError(f"{what}: {e}", source=source)


def open_reader(path: str | Path, *, check: bool = True) -> sqlite3.Connection:
    """A read-only connection (rows as sqlite3.Row). Read-only connections cannot checkpoint, so they stay out
    of the WAL-reset race whatever the SQLite version.

    ``check`` runs ``quick_check`` first (CorruptDatabase when the file is damaged). On a read-only directory or
    file, where SQLite cannot create the -shm file, the database is opened ``immutable=1`` (nothing can be
    writing it there)."""
    p = Path(path)
    if not p.exists():
        raise StoreError("no database here (run `nkwatch ingest` first)", source=str(p))
    uri = p.resolve().as_uri()
    try:
        try:
            conn = _connect_ro(f"{uri}?mode=ro")
        except sqlite3.OperationalError as e:
            if "unable to open" not in str(e) and "readonly" not in str(e).replace(" ", "") \
                    and "read-only" not in str(e):
                raise
            conn = _connect_ro(f"{uri}?mode=ro&immutable=1")
        version = schema_version(conn)
    except sqlite3.DatabaseError as e:
        err = as_store_error(e, "not a readable SQLite database", str(p))
        raise err from e
    if version == 0:
        conn.close()
        raise StoreError("not an nkwatch database (no schema_version table)", source=str(p))
    if check:
        try:
            quick_check(conn)
        except CorruptDatabase as e:
            conn.close()
            e.source = str(p)
            raise
    return conn


def _connect_ro(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # a -shm that cannot be made fails here
    except sqlite3.Error:
        conn.close()
        raise
    return conn


class reading:
    """``with reading(db) as conn``: use a given connection, or open (and then close) a reader on a path."""

    def __init__(self, db: DbLike):
        self.db = db
        self.conn: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection:
        if isinstance(self.db, sqlite3.Connection):
            return self.db
        self.conn = open_reader(self.db)
        return self.conn

    def __exit__(self, *exc) -> None:
        if self.conn is not None:
            self.conn.close()


def fetch_dicts(cursor: sqlite3.Cursor) -> list[dict]:
    """Rows as dicts whatever row factory the caller's connection uses."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
