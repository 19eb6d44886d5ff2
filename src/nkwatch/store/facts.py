"""Storing what extraction found: one article's extraction record → statements, then event resolution.

``store_extraction`` is idempotent: the same record under the same extractor version changes nothing; a
different record under that version replaces that version's statements; another version's statements stay
(the newest version of an article is the one read). The article's event mentions are then placed among the
events already known, and each decision is written as a machine judgement.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

from nkwatch.model import content_hash
from nkwatch.resolve.events import EventResolver
from nkwatch.resolve.mentions import EventMention
from nkwatch.store.canonical import group_ids, read_groups, to_event_mention
from nkwatch.store.statements import statements_of


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _conn(db) -> sqlite3.Connection:
    return db.conn if hasattr(db, "transaction") else db


class KnowledgeBase:
    """The knowledge-base side of one writer connection; keeps the event resolver warm between articles.

    Call its methods inside the writer's transaction (``with writer.transaction() as conn``); the resolver is
    read from the store on first use, so an ingest run pays for that once, not per article.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._resolver: EventResolver | None = None

    def resolver(self) -> EventResolver:
        if self._resolver is None:
            self._resolver = EventResolver()
            groups = group_ids(self.conn)
            for i in range(0, len(groups), 2000):    # a part's mentions read at a time, only the resolver's kept
                for _, members in read_groups(self.conn, groups[i:i + 2000]):
                    self._resolver.seed([to_event_mention(m) for m in members])
        return self._resolver

    def store(self, doc_id: str, record: dict, version: str) -> str:
        """Store one extraction record; returns "stored", "replaced" or "unchanged"."""
        conn = self.conn
        record = {k: v for k, v in record.items() if k != "warnings"}
        record["doc_id"] = doc_id
        for e in record.get("events") or []:
            if isinstance(e, dict):
                e.pop("cluster", None)
        body = json.dumps(record, ensure_ascii=False, sort_keys=True)
        digest = content_hash(body)
        row = conn.execute("SELECT record_hash, status FROM kb_extractions WHERE doc_id = ? AND extractor_version = ?",
                           (doc_id, version)).fetchone()
        if row is not None and row[0] == digest and row[1] == "ok":
            return "unchanged"
        art = conn.execute("SELECT doc_id, outlet, published, url, title, text_group, first_seen, text FROM articles"
                           " WHERE doc_id = ?", (doc_id,)).fetchone()     # article_meta's, and the text: one read
        meta = dict(zip(("doc_id", "outlet", "published", "url", "title", "text_group", "first_seen"), art)) \
            if art else {}
        text = record.get("text") or (art[7] if art else None)
        mentions, statements = statements_of(record, version, text)
        now = _now()
        conn.execute("DELETE FROM kb_statements WHERE doc_id = ? AND extractor_version = ?", (doc_id, version))
        conn.execute("DELETE FROM kb_mentions WHERE doc_id = ? AND extractor_version = ?", (doc_id, version))
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM kb_extractions").fetchone()[0]
        conn.execute("INSERT OR REPLACE INTO kb_extractions (doc_id, extractor_version, status, relevant, record,"
                     " record_hash, error_reason, error_message, stored_at, seq) VALUES (?,?,?,?,?,?,?,?,?,?)",
                     (doc_id, version, "ok", int(bool(record.get("relevant"))), body, digest, None, None, now, seq))
        conn.executemany("INSERT INTO kb_mentions (mention_id, extractor_version, doc_id, kind, ordinal, label,"
                         " evidence, first_seen) VALUES (?,?,?,?,?,?,?,?)",
                         [(m.mention_id, version, m.doc_id, m.kind, m.ordinal, m.label, json.dumps(m.evidence), now)
                          for m in mentions])
        conn.executemany("INSERT OR IGNORE INTO kb_statements (statement_id, subject, kind, property, value, original,"
                         " doc_id, span_start, span_end, extractor_version, first_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                         [(s.statement_id, s.subject, s.kind, s.property, s.value, s.original, s.doc_id,
                           s.span_start, s.span_end, version, now) for s in statements])
        self._resolve(doc_id, record, meta)
        return "replaced" if row is not None else "stored"

    def _resolve(self, doc_id: str, record: dict, meta: dict) -> None:
        resolver = self.resolver()
        resolver.forget(doc_id)
        # The decisions this article's arrival made are re-made; judgements about it by others and by people stay.
        # Unary + keeps the planner on the doc_id index: by kind alone it would read every event mention, once per
        # article (the square of a story's coverage).
        own = [m[0] for m in self.conn.execute(
            "SELECT DISTINCT mention_id FROM kb_mentions WHERE doc_id = ? AND +kind = 'event'", (doc_id,))]
        if own:
            marks = ",".join("?" * len(own))
            self.conn.execute(f"DELETE FROM kb_judgements WHERE kind = 'event' AND made_by = 'machine'"
                              f" AND left_id IN ({marks})", own)
        mentions = [EventMention.from_event(e, doc_id, i, published=meta.get("published"),
                                            source_group=meta.get("text_group") or doc_id)
                    for i, e in enumerate(e for e in record.get("events") or [] if isinstance(e, dict))]
        now = _now()
        self.conn.executemany("INSERT INTO kb_judgements (kind, left_id, right_id, verdict, score, reason, made_by,"
                              " created) VALUES ('event', ?, ?, ?, ?, ?, 'machine', ?)",
                              [(d.left, d.right, d.verdict, d.score, d.reason, now)
                               for d in resolver.add_article(mentions)])

    def record_failure(self, doc_id: str, version: str, error: Exception) -> None:
        """An article whose extraction failed: kept, with the reason; its earlier facts (if any) stay readable."""
        reason = getattr(error, "reason", "extraction_failed")
        message = getattr(error, "message", None) or f"{type(error).__name__}: {error}"
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM kb_extractions").fetchone()[0]
        self.conn.execute("INSERT OR REPLACE INTO kb_extractions (doc_id, extractor_version, status, relevant, record,"
                          " record_hash, error_reason, error_message, stored_at, seq) VALUES (?,?,?,?,?,?,?,?,?,?)",
                          (doc_id, version, "error", None, None, None, reason, message, _now(), seq))


def store_extraction(db, doc_id: str, record: dict, version: str) -> str:
    """Store one article's extraction record (a Writer or a connection inside a write transaction).

    Returns "stored", "replaced" or "unchanged". For many articles, keep one ``KnowledgeBase`` instead.
    """
    if hasattr(db, "transaction"):
        with db.transaction() as conn:
            return KnowledgeBase(conn).store(doc_id, record, version)
    return KnowledgeBase(db).store(doc_id, record, version)


def extract_and_store(kb: KnowledgeBase, article, extractor=None) -> str:
    """Run extraction on a stored Article and store the result; a failure is recorded, never raised.

    The store runs under a savepoint, so a failure half-way leaves none of that article's new rows behind.
    """
    from nkwatch.extract import get_extractor   # store sits below extraction in the house: import at call time

    extractor = extractor or get_extractor()
    version = f"{extractor.name}-{extractor.version}"
    kb.conn.execute("SAVEPOINT kb_article")
    try:
        record = extractor.extract(article)
        result = kb.store(article.doc_id, record, version)
    except Exception as e:  # one article's failure must not stop the batch
        kb.conn.execute("ROLLBACK TO kb_article")
        kb.conn.execute("RELEASE kb_article")
        if kb._resolver is not None:
            kb._resolver = None     # may hold the half-placed mentions: read it again from the store
        kb.record_failure(article.doc_id, version, e)
        return "error"
    kb.conn.execute("RELEASE kb_article")
    return result


def refresh_facts(db_path, extractor=None, *, only_missing: bool = True) -> dict:
    """Extract stored articles again (after an extractor upgrade) and store the results under its version.

    ``only_missing``: skip articles that already have a successful extraction by this version.
    Returns counts by outcome (stored / replaced / unchanged / error / skipped).
    """
    from nkwatch.extract import get_extractor
    from nkwatch.store.articles import get_article
    from nkwatch.store.writer import Writer

    extractor = extractor or get_extractor()
    version = f"{extractor.name}-{extractor.version}"
    counts: dict[str, int] = {}
    with Writer.for_path(db_path) as writer:
        with writer.transaction() as conn:
            kb = KnowledgeBase(conn)
            done = {r[0] for r in conn.execute(
                "SELECT doc_id FROM kb_extractions WHERE extractor_version = ? AND status = 'ok'", (version,))}
            for (doc_id,) in conn.execute("SELECT doc_id FROM articles ORDER BY first_seen, doc_id").fetchall():
                if only_missing and doc_id in done:
                    counts["skipped"] = counts.get("skipped", 0) + 1
                    continue
                outcome = extract_and_store(kb, get_article(conn, doc_id), extractor)
                counts[outcome] = counts.get(outcome, 0) + 1
    return counts
