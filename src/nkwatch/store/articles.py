"""Stored articles: writing one (inside a Writer transaction) and the read views other layers use."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from nkwatch.model import Article, Cut
from nkwatch.store.db import DbLike, fetch_dicts, reading


@dataclass
class StoredArticle(Article):
    """An Article as the store holds it, with what ingestion learned about it."""

    canonical_url: str | None = None
    content_hash: str = ""
    text_group: str = ""               # doc_id of the first stored copy of this text
    first_seen: str = ""
    raw: bytes | str | None = None     # the input as received
    raw_size: int | None = None
    copies: list[dict] = field(default_factory=list)   # near-duplicate links, both directions

    def metadata(self) -> dict[str, Any]:
        """Everything but the texts and the raw input."""
        d = self.to_dict()
        for k in ("text", "html", "raw"):
            d.pop(k, None)
        return d


_SUMMARY_COLUMNS = "doc_id, url, title, outlet, published, language, source, source_ref, first_seen, text_group"


def insert_article(conn: sqlite3.Connection, article: Article, *, canonical_url: str | None, content_hash: str,
                   text_group: str, raw: bytes | str | None, first_seen: str, run_id: int | None) -> None:
    """Write one article and its search row. Call inside ``Writer.transaction()``."""
    kept = article.kept_text()
    raw_size = len(raw) if raw is not None else None
    conn.execute(
        "INSERT INTO articles (doc_id, url, canonical_url, title, outlet, published, language, raw, raw_size,"
        " text, kept_text, cuts, encoding, content_hash, text_group, warnings, extra, source, source_ref,"
        " first_seen, run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (article.doc_id, article.url, canonical_url, article.title, article.outlet, article.published,
         article.language, raw, raw_size, article.text, kept,
         json.dumps([{"start": c.start, "end": c.end, "reason": c.reason} for c in article.cuts]),
         article.encoding, content_hash, text_group, json.dumps(list(article.warnings), ensure_ascii=False),
         json.dumps(article.extra or {}, ensure_ascii=False, default=str), article.source, article.source_ref,
         first_seen, run_id))
    conn.execute("INSERT INTO articles_fts (doc_id, title, body) VALUES (?, ?, ?)",
                 (article.doc_id, article.title or "", kept))


def link_copies(conn: sqlite3.Connection, doc_id: str, matches: list[tuple[str, float]]) -> None:
    conn.executemany("INSERT OR IGNORE INTO near_duplicates (doc_id, copy_of, similarity) VALUES (?, ?, ?)",
                     [(doc_id, other, float(sim)) for other, sim in matches if other != doc_id])


def _from_row(row: dict, copies: list[dict]) -> StoredArticle:
    return StoredArticle(
        doc_id=row["doc_id"], text=row["text"], url=row["url"], title=row["title"], outlet=row["outlet"],
        published=row["published"], language=row["language"],
        cuts=[Cut(c["start"], c["end"], c.get("reason", "")) for c in json.loads(row["cuts"] or "[]")],
        source=row["source"], source_ref=row["source_ref"], encoding=row["encoding"],
        warnings=json.loads(row["warnings"] or "[]"), extra=json.loads(row["extra"] or "{}"),
        canonical_url=row["canonical_url"], content_hash=row["content_hash"], text_group=row["text_group"],
        first_seen=row["first_seen"], raw=row["raw"], raw_size=row["raw_size"], copies=copies)


def get_article(db: DbLike, doc_id: str) -> StoredArticle | None:
    """One stored article by doc_id, or None."""
    with reading(db) as conn:
        rows = fetch_dicts(conn.execute("SELECT * FROM articles WHERE doc_id = ?", (doc_id,)))
        if not rows:
            return None
        copies = fetch_dicts(conn.execute(
            "SELECT copy_of AS doc_id, similarity, 'copy_of' AS relation FROM near_duplicates WHERE doc_id = ?"
            " UNION ALL SELECT doc_id, similarity, 'copied_by' AS relation FROM near_duplicates WHERE copy_of = ?"
            " ORDER BY similarity DESC", (doc_id, doc_id)))
        return _from_row(rows[0], copies)


def fts_query(q: str) -> str:
    """A user's words as an FTS5 query: every word must occur, as a word or the start of one ("defect" finds
    "defected"); FTS operators in the input are taken literally. At most MAX_SEARCH_TERMS words (InputError
    beyond), and a one-letter word must occur whole: a one-letter prefix scans most of the index."""
    from nkwatch.model.filters import search_terms

    words = search_terms(q)
    return " ".join('"' + w.replace('"', '""') + ('"*' if len(w) > 1 else '"') for w in words)


def list_articles(db: DbLike, q: str | None = None, *, limit: int = 50, offset: int = 0) -> list[dict]:
    """Article summaries, most recently stored first; with ``q``, full-text matches over title and kept text, best first
    (each with a ``snippet``)."""
    with reading(db) as conn:
        if q and q.strip():
            cols = ", ".join(f"a.{c.strip()}" for c in _SUMMARY_COLUMNS.split(","))
            return fetch_dicts(conn.execute(
                f"SELECT {cols}, snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet"
                " FROM articles_fts JOIN articles a ON a.doc_id = articles_fts.doc_id"
                " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 0, 5.0, 1.0) LIMIT ? OFFSET ?",
                (fts_query(q), limit, offset)))
        return fetch_dicts(conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM articles ORDER BY first_seen DESC, rowid DESC LIMIT ? OFFSET ?",
            (limit, offset)))


def count_articles(db: DbLike) -> int:
    with reading(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def iter_articles(db: DbLike, *, batch: int = 500):
    """Every stored article in storage order, for export and the knowledge base (a reader is held throughout)."""
    with reading(db) as conn:
        last = 0
        while True:
            rows = fetch_dicts(conn.execute(
                "SELECT rowid AS _rowid, * FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, batch)))
            if not rows:
                return
            for row in rows:
                last = row.pop("_rowid")
                yield _from_row(row, [])
