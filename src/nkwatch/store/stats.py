"""Counts over the store: articles by source and outlet, distinct texts, journal rows by status and reason."""

from __future__ import annotations

from nkwatch.store.db import DbLike, reading, schema_version, sqlite_version, wal_reset_bug_affected


def _counts(conn, sql: str) -> dict[str, int]:
    return {("" if k is None else str(k)): int(n) for k, n in conn.execute(sql).fetchall()}


def stats(db: DbLike) -> dict:
    """What the database holds. Used by `nkwatch stats`, the web UI and tests."""
    with reading(db) as conn:
        one = lambda sql: int(conn.execute(sql).fetchone()[0])  # noqa: E731
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "distinct_texts": one("SELECT COUNT(DISTINCT text_group) FROM articles"),
            "near_duplicate_links": one("SELECT COUNT(*) FROM near_duplicates"),
            "articles_by_source": _counts(conn, "SELECT source, COUNT(*) FROM articles GROUP BY source"
                                                " ORDER BY COUNT(*) DESC, source"),
            "articles_by_outlet": _counts(conn, "SELECT outlet, COUNT(*) FROM articles GROUP BY outlet"
                                                " ORDER BY COUNT(*) DESC, outlet"),
            "articles_by_language": _counts(conn, "SELECT language, COUNT(*) FROM articles GROUP BY language"
                                                  " ORDER BY COUNT(*) DESC, language"),
            "journal_by_status": _counts(conn, "SELECT status, COUNT(*) FROM journal GROUP BY status ORDER BY status"),
            "errors_by_reason": _counts(conn, "SELECT reason, COUNT(*) FROM journal WHERE status = 'error'"
                                              " GROUP BY reason ORDER BY COUNT(*) DESC, reason"),
            "runs": one("SELECT COUNT(*) FROM runs"),
            "schema_version": schema_version(conn),
            "sqlite": {"version": sqlite_version(), "wal_reset_bug_range": wal_reset_bug_affected(),
                       "avoided_by": "one writer connection per database; readers read-only"},
        }
