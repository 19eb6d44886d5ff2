"""Reading the knowledge base back: current mentions, their statements, and the groups judgements make of them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from nkwatch.model import stable_id
from nkwatch.resolve.judged import group_mentions
from nkwatch.resolve.mentions import EventMention
from nkwatch.store.statements import fold_statements


@dataclass
class StoredMention:
    mention_id: str
    doc_id: str
    kind: str
    ordinal: int
    label: str | None
    evidence: list
    version: str
    seq: int
    fact: dict
    article: dict     # doc_id, outlet, published, url, title, text_group, first_seen


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() is not None


def current_versions(conn: sqlite3.Connection) -> dict[str, tuple[str, int]]:
    """doc_id → (extractor version, seq) of its newest successful extraction."""
    out: dict[str, tuple[str, int]] = {}
    for doc_id, version, seq in conn.execute(
            "SELECT doc_id, extractor_version, seq FROM kb_extractions WHERE status = 'ok' ORDER BY seq"):
        out[doc_id] = (version, seq)
    return out


def article_meta(conn: sqlite3.Connection, doc_id: str | None = None) -> dict[str, dict]:
    """doc_id → the article's outlet, published, url, title, text_group, first_seen (one article or all)."""
    if not _has_table(conn, "articles"):
        return {}
    sql = "SELECT doc_id, outlet, published, url, title, text_group, first_seen FROM articles"
    cur = conn.execute(sql + " WHERE doc_id = ?", (doc_id,)) if doc_id else conn.execute(sql)
    names = [d[0] for d in cur.description]
    return {r[0]: dict(zip(names, r)) for r in cur.fetchall()}


def load_mentions(conn: sqlite3.Connection, kind: str, *, label: str | None = None) -> list[StoredMention]:
    """The current version's mentions of one kind, in storage order, with their facts folded from statements."""
    import json

    versions = current_versions(conn)
    meta = article_meta(conn)
    sql = "SELECT mention_id, doc_id, ordinal, label, evidence, extractor_version FROM kb_mentions WHERE kind = ?"
    params: list = [kind]
    if label is not None:
        sql += " AND label = ?"
        params.append(label)
    rows = [r for r in conn.execute(sql, params).fetchall() if versions.get(r[1], (None,))[0] == r[5]]
    statements: dict[tuple[str, str], list] = {}
    for subject, version, prop, value in conn.execute(
            "SELECT subject, extractor_version, property, value FROM kb_statements WHERE kind = ?", (kind,)):
        statements.setdefault((subject, version), []).append((prop, value))
    out = []
    for mid, doc_id, ordinal, lab, evidence, version in rows:
        fact = fold_statements(statements.get((mid, version), []))
        fact["evidence"] = json.loads(evidence)
        art = dict(meta.get(doc_id) or {"doc_id": doc_id})
        art.setdefault("text_group", doc_id)
        out.append(StoredMention(mid, doc_id, kind, ordinal, lab, fact["evidence"], version, versions[doc_id][1],
                                 fact, art))
    out.sort(key=lambda m: (m.seq, m.ordinal))
    return out


def load_judgements(conn: sqlite3.Connection, kind: str = "event") -> list[dict]:
    cur = conn.execute("SELECT * FROM kb_judgements WHERE kind = ? ORDER BY judgement_id", (kind,))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def event_id_of(anchor_mention_id: str) -> str:
    """A canonical event is named after its first mention: later mentions joining it do not change its id."""
    return stable_id("ev", anchor_mention_id)


def to_event_mention(m: StoredMention) -> EventMention:
    return EventMention.from_event(m.fact, m.doc_id, m.ordinal, published=m.article.get("published"),
                                   source_group=m.article.get("text_group") or m.doc_id, mention_id=m.mention_id)


def state_key(conn: sqlite3.Connection) -> tuple:
    """Changes whenever anything the canonical records are folded from changes (extractions, judgements, articles,
    reviews)."""
    row = conn.execute(
        "SELECT (SELECT COALESCE(MAX(seq), 0) FROM kb_extractions), (SELECT COUNT(*) FROM kb_extractions),"
        " (SELECT COALESCE(MAX(judgement_id), 0) FROM kb_judgements), (SELECT COUNT(*) FROM kb_judgements),"
        " (SELECT COALESCE(SUM(judgement_id), 0) FROM kb_judgements WHERE retracted IS NOT NULL)").fetchone()
    arts = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] if _has_table(conn, "articles") else 0
    reviews = conn.execute("SELECT COALESCE(MAX(review_id), 0), COUNT(retracted) FROM kb_reviews").fetchone() \
        if _has_table(conn, "kb_reviews") else (0, 0)
    path = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    return (path, *row, arts, *reviews)


def event_groups(conn: sqlite3.Connection) -> list[tuple[str, list[StoredMention]]]:
    """(canonical event id, its mentions) for every event, judgements applied. Readers go through the one fold
    (store.knowledge), which caches; this is its first step and the writers' view."""
    mentions = load_mentions(conn, "event")
    by_id = {m.mention_id: m for m in mentions}
    groups = group_mentions([m.mention_id for m in mentions], load_judgements(conn, "event"))
    return [(event_id_of(g[0]), [by_id[x] for x in g]) for g in groups]


def load_reviews(conn: sqlite3.Connection, *, active: bool = True) -> list[dict]:
    """People's reviews of events, oldest first, ``value`` and ``based_on`` decoded (only those not undone)."""
    import json

    if not _has_table(conn, "kb_reviews"):
        return []
    cur = conn.execute("SELECT * FROM kb_reviews" + (" WHERE retracted IS NULL" if active else "")
                       + " ORDER BY review_id")
    names = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        r = dict(zip(names, row))
        r["value"] = json.loads(r["value"]) if r["value"] is not None else None
        r["based_on"] = json.loads(r["based_on"]) if r["based_on"] else None
        out.append(r)
    return out
