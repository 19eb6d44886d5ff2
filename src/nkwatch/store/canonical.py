"""Reading the knowledge base back: current mentions, their statements, and the groups judgements make of them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from itertools import groupby
from typing import Iterable

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


def _chunks(items: list, n: int = 500):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def current_versions(conn: sqlite3.Connection, doc_ids: Iterable[str] | None = None) -> dict[str, tuple[str, int]]:
    """doc_id → (extractor version, seq) of its newest successful extraction (of every article, or of ``doc_ids``)."""
    sql = "SELECT doc_id, extractor_version, seq FROM kb_extractions WHERE status = 'ok'"
    if doc_ids is None:
        rows = conn.execute(sql + " ORDER BY seq").fetchall()
    else:
        rows = [r for part in _chunks(sorted(set(doc_ids)))
                for r in conn.execute(sql + f" AND doc_id IN ({','.join('?' * len(part))})", part)]
        rows.sort(key=lambda r: r[2])
    return {doc_id: (version, seq) for doc_id, version, seq in rows}


def article_meta(conn: sqlite3.Connection, doc_id: str | None = None,
                 doc_ids: Iterable[str] | None = None) -> dict[str, dict]:
    """doc_id → the article's outlet, published, url, title, text_group, first_seen (one article, some, or all)."""
    if not _has_table(conn, "articles"):
        return {}
    sql = "SELECT doc_id, outlet, published, url, title, text_group, first_seen FROM articles"
    if doc_id is not None:
        doc_ids = [doc_id]
    if doc_ids is None:
        cur = conn.execute(sql)
        names = [d[0] for d in cur.description]
        return {r[0]: dict(zip(names, r)) for r in cur}
    names = ["doc_id", "outlet", "published", "url", "title", "text_group", "first_seen"]
    return {r[0]: dict(zip(names, r)) for part in _chunks(sorted(set(doc_ids)))
            for r in conn.execute(sql + f" WHERE doc_id IN ({','.join('?' * len(part))})", part)}


def load_mentions(conn: sqlite3.Connection, kind: str, *, label: str | None = None,
                  mention_ids: Iterable[str] | None = None, articles: dict[str, dict] | None = None,
                  ) -> list[StoredMention]:
    """The current version's mentions of one kind (all of them, or those of ``mention_ids``), in storage order,
    with their facts folded from statements. ``articles``: ``article_meta(conn)`` when the caller has it (the
    whole fold reads it once for every kind and every chunk), shared by the mentions as their ``article``."""
    cols = "SELECT mention_id, doc_id, ordinal, label, evidence, extractor_version FROM kb_mentions"
    if mention_ids is None:
        versions = current_versions(conn)
        meta = article_meta(conn) if articles is None else articles
        sql = cols + " WHERE kind = ?"
        params: list = [kind]
        if label is not None:
            sql += " AND label = ?"
            params.append(label)
        rows = [r for r in conn.execute(sql, params) if versions.get(r[1], (None,))[0] == r[5]]
        wanted = {(r[0], r[5]) for r in rows}
        # folded as they are read, a run of one subject's rows at a time (they are stored together), so the
        # statements of every mention are never held all at once
        facts: dict[tuple[str, str], dict] = {}
        cur = conn.execute("SELECT subject, extractor_version, property, value FROM kb_statements WHERE kind = ?",
                           (kind,))
        for key, run in groupby(cur, key=lambda r: (r[0], r[1])):
            if key in wanted:
                facts[key] = fold_statements(((r[2], r[3]) for r in run), facts.get(key))
    else:
        rows = [r for part in _chunks(sorted(set(mention_ids)))
                for r in conn.execute(cols + f" WHERE kind = ? AND mention_id IN ({','.join('?' * len(part))})",
                                      [kind, *part])
                if label is None or r[3] == label]
        versions = current_versions(conn, {r[1] for r in rows})
        rows = [r for r in rows if versions.get(r[1], (None,))[0] == r[5]]
        meta = article_meta(conn, doc_ids={r[1] for r in rows}) if articles is None else articles
        wanted = {(r[0], r[5]) for r in rows}
        facts = {}
        for part in _chunks(sorted(wanted)):    # a subject's rows in storage order, as one query each would
            cur = conn.execute("SELECT subject, extractor_version, property, value FROM kb_statements"
                               f" WHERE subject IN ({','.join('?' * len(part))})", [mid for mid, _ in part])
            for key, run in groupby(cur, key=lambda r: (r[0], r[1])):
                if key in wanted:
                    facts[key] = fold_statements(((r[2], r[3]) for r in run), facts.get(key))
    out = []
    for mid, doc_id, ordinal, lab, evidence, version in rows:
        fact = facts.pop((mid, version), None) or {}
        fact["evidence"] = json.loads(evidence)
        art = meta.get(doc_id) or {"doc_id": doc_id, "text_group": doc_id}   # shared by the article's mentions
        out.append(StoredMention(mid, doc_id, kind, ordinal, lab, fact["evidence"], version, versions[doc_id][1],
                                 fact, art))
    out.sort(key=lambda m: (m.seq, m.ordinal))
    return out


def load_judgements(conn: sqlite3.Connection, kind: str = "event", *,
                    mention_ids: Iterable[str] | None = None) -> list[dict]:
    """Judgements of one kind in the order they were made (all, or those touching ``mention_ids``)."""
    if mention_ids is None:
        cur = conn.execute("SELECT * FROM kb_judgements WHERE kind = ? ORDER BY judgement_id", (kind,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur]
    found: dict[int, dict] = {}
    for part in _chunks(sorted(set(mention_ids))):
        marks = ",".join("?" * len(part))
        cur = conn.execute(f"SELECT * FROM kb_judgements WHERE kind = ? AND left_id IN ({marks})"
                           f" UNION SELECT * FROM kb_judgements WHERE kind = ? AND right_id IN ({marks})",
                           [kind, *part, kind, *part])
        names = [d[0] for d in cur.description]
        for r in cur:
            j = dict(zip(names, r))
            found[j["judgement_id"]] = j
    return [found[k] for k in sorted(found)]


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


def current_event_mentions(conn: sqlite3.Connection) -> list[str]:
    """The id of every current event mention (of its article's newest successful extraction), in storage order
    (``load_mentions``'s), without reading their statements."""
    return [m for (m,) in conn.execute(
        "SELECT m.mention_id FROM kb_extractions x JOIN kb_mentions m ON m.doc_id = x.doc_id"
        " AND m.extractor_version = x.extractor_version WHERE m.kind = 'event' AND x.status = 'ok'"
        " AND x.seq = (SELECT MAX(seq) FROM kb_extractions y WHERE y.doc_id = x.doc_id AND y.status = 'ok')"
        " ORDER BY x.seq, m.ordinal")]


def group_ids(conn: sqlite3.Connection) -> list[list[str]]:
    """``event_groups``' groups as mention ids only: what a fold that reads the mentions a group at a time
    starts from."""
    cur = conn.execute("SELECT judgement_id, left_id, right_id, verdict, made_by, retracted FROM kb_judgements"
                       " WHERE kind = 'event' ORDER BY judgement_id")
    names = [d[0] for d in cur.description]
    return group_mentions(current_event_mentions(conn), [dict(zip(names, r)) for r in cur])


def read_groups(conn: sqlite3.Connection, groups: list[list[str]], articles: dict[str, dict] | None = None
                ) -> list[tuple[str, list[StoredMention]]]:
    """Some of ``group_ids``' groups with their mentions read (``event_groups``' for those groups): a whole
    fold reads them a part at a time."""
    by_id = {m.mention_id: m for m in load_mentions(conn, "event", mention_ids=[m for g in groups for m in g],
                                                    articles=articles)}
    return [(event_id_of(g[0]), [by_id[m] for m in g]) for g in groups]


def event_groups(conn: sqlite3.Connection, mention_ids: Iterable[str] | None = None, *,
                 articles: dict[str, dict] | None = None) -> list[tuple[str, list[StoredMention]]]:
    """(canonical event id, its mentions) for every event, judgements applied. Readers go through the one fold
    (store.knowledge), which caches; this is its first step and the writers' view.

    ``mention_ids``: group only these (the current ones among them), with the judgements between them: the same
    groups as the whole fold's when the set is closed under the judgements linking its mentions (a union of
    connected components), as the serving index's incremental refresh makes it."""
    mentions = load_mentions(conn, "event", mention_ids=mention_ids, articles=articles)
    by_id = {m.mention_id: m for m in mentions}
    groups = group_mentions([m.mention_id for m in mentions],
                            load_judgements(conn, "event", mention_ids=None if mention_ids is None else by_id))
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
