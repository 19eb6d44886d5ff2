"""Read views of the knowledge base for the CLI, the web UI/API and exports. Every function takes a database
path or an open connection and returns plain dicts (JSON-ready).

    list_events(db, filters=None, limit=50, offset=0) -> {"total", "events": [event summary]}
    get_event_dossier(db, event_id) -> canonical event with mentions, slots, alternatives, judgements | None
    list_restaurants(db) -> [restaurant]
    get_restaurant(db, restaurant_id) -> restaurant | None
    list_claims(db, contested=False) -> [claim group]
    get_claim(db, claim_id) -> one claim on its own, with its reviews | None
    rejected_claims(db) -> [the claims a review rejected]
    merge(db, a, b) / split(db, event_id, mention_ids=None) -> dict   (write: path or Writer)
    review(db, event_id, action, ...) / undo_review(db, review_id) -> dict   (write)
    claim_review(db, claim_id, action, ...) -> dict   (write)
    reviews(db, event_id=None, problems=False, claim_id=None) -> [review]
    review_queue(db, type=None, limit=50, offset=0) -> {"total", "reviewed", "unreviewed", "events"}
    judgements(db, event_id=None) -> [judgement]
    contract_records(db) -> [extraction record with cluster = canonical event id], doc_id order
    gold_records(db) -> [the records of fully reviewed articles, reviews applied], doc_id order
    gold_articles(db) -> [those articles as article records (the stored text the spans point into)]
"""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

from nkwatch.resolve.fold import contested_slots, matches_filters
from nkwatch.store.db import DbLike, reading
from nkwatch.store.knowledge import fold_knowledge
from nkwatch.store.judgements import (list_judgements, merge_events, merge_restaurants, split_event,
                                     split_restaurant)
from nkwatch.store.reviews import add_claim_review, add_review, list_reviews, retract_review

FILTERS = ("type", "country", "date_from", "date_to", "status")


def _events(conn: sqlite3.Connection) -> list[dict]:
    return fold_knowledge(conn).events


def _summary(e: dict) -> dict:
    return {k: e[k] for k in ("id", "type", "date", "date_precision", "place", "place_precision", "lat", "lon",
                              "count", "count_max", "issuer", "instrument", "status", "sources", "mentions",
                              "first_reported", "label", "reviewed", "reviewed_by", "rejected")} | \
        {"contested": contested_slots(e)}


def list_events(db: DbLike, filters: dict | None = None, limit: int = 50, offset: int = 0, *,
                include_rejected: bool = False) -> dict:
    """Canonical events, newest first; ``filters``: type, country (ISO2), date_from, date_to, status. Events a
    review rejected are left out unless ``include_rejected``."""
    filters = {k: v for k, v in (filters or {}).items() if k in FILTERS and v}
    with reading(db) as conn:
        kb = fold_knowledge(conn)
        pool = [*kb.events, *kb.rejected] if include_rejected else kb.events
        events = [e for e in pool if matches_filters(e, **filters)]
    events.sort(key=lambda e: (e["date"] or "", e["id"]), reverse=True)
    return {"total": len(events), "events": [_summary(e) for e in events[offset:offset + limit]]}


def get_event_dossier(db: DbLike, event_id: str) -> dict | None:
    """One canonical event: slots with alternatives and their sources, mentions with evidence, judgements."""
    with reading(db) as conn:
        found = fold_knowledge(conn).event(event_id)
        if found is None:
            return None
        event = copy.deepcopy(found)
        for m in event["mention_list"]:
            row = conn.execute("SELECT title, url, text FROM articles WHERE doc_id = ?", (m["doc_id"],)).fetchone() \
                if _has_articles(conn) else None
            if row:
                m["title"], m["url"] = row[0], row[1]
                m["quotes"] = [row[2][s["start"]:s["end"]] for s in m["evidence"] if 0 <= s["start"] < s["end"] <= len(row[2])]
    event["contested"] = contested_slots(event)
    event["judgements"] = list_judgements(db, event_id=event_id)
    event["reviews"] = list_reviews(db, event_id=event_id)
    return event


def _has_articles(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='articles'").fetchone() is not None


def list_restaurants(db: DbLike) -> list[dict]:
    """The restaurant registry: name, aliases, city, country, coordinates with precision, lifecycle, sources."""
    with reading(db) as conn:
        return fold_knowledge(conn).restaurants


def get_restaurant(db: DbLike, restaurant_id: str) -> dict | None:
    return next((r for r in list_restaurants(db) if r["id"] == restaurant_id), None)


def list_claims(db: DbLike, contested: bool = False) -> list[dict]:
    """Claims grouped by metric, country and period; ``contested`` keeps the groups whose sources disagree."""
    with reading(db) as conn:
        groups = fold_knowledge(conn).claims
    return [g for g in groups if g["contested"]] if contested else groups


def get_claim(db: DbLike, claim_id: str) -> dict | None:
    """One extracted claim: its frame, figure and source with people's corrections applied (``corrections`` keeps
    what was extracted), the group it is in (none once rejected), and every review of it, undone ones too."""
    with reading(db) as conn:
        found = fold_knowledge(conn).claim(claim_id)
    if found is None:
        return None
    return {**found, "reviews": list_reviews(db, claim_id=claim_id)}


def rejected_claims(db: DbLike) -> list[dict]:
    """The claims a review rejected: out of every group and export, kept and listed here."""
    with reading(db) as conn:
        return fold_knowledge(conn).rejected_claims


def judgements(db: DbLike, event_id: str | None = None, limit: int = 200) -> list[dict]:
    return list_judgements(db, event_id=event_id, limit=limit)


def _write(db, fn, *args, **kwargs):
    from nkwatch.store.writer import Writer

    if isinstance(db, (str, Path)):
        with Writer.for_path(db) as writer:
            with writer.transaction() as conn:
                return fn(conn, *args, **kwargs)
    if hasattr(db, "transaction"):
        with db.transaction() as conn:
            return fn(conn, *args, **kwargs)
    return fn(db, *args, **kwargs)


def merge(db, a: str, b: str, *, reason: str | None = None, author: str | None = None) -> dict:
    """A person's judgement that events (or restaurants: ids ``rs-…``) ``a`` and ``b`` are one (JudgementRefused
    when that cannot be); ``author`` is the account that made it."""
    if a.startswith("rs-") or b.startswith("rs-"):
        return _write(db, merge_restaurants, a, b, reason=reason, author=author)
    return _write(db, merge_events, a, b, reason=reason, author=author)


def split(db, event_id: str, mention_ids: list[str] | None = None, *, author: str | None = None) -> dict:
    """Undo a person's merge, or separate mentions of an event or a restaurant (JudgementRefused for a single
    mention)."""
    if event_id.startswith("rs-"):
        return _write(db, split_restaurant, event_id, mention_ids, author=author)
    return _write(db, split_event, event_id, mention_ids, author=author)


def review(db, event_id: str, action: str, **kwargs) -> dict:
    """A person's review of an event (confirm, reject, correct a slot); see ``store.reviews.add_review``."""
    return _write(db, add_review, event_id, action, **kwargs)


def claim_review(db, claim_id: str, action: str, **kwargs) -> dict:
    """A person's review of one claim (correct metric, scope, period, value or as_of; reject); see
    ``store.reviews.add_claim_review``."""
    return _write(db, add_claim_review, claim_id, action, **kwargs)


def undo_review(db, review_id: int, *, made_by: str = "person") -> dict:
    """Retract a review: the knowledge base reads exactly as before it was made."""
    return _write(db, retract_review, review_id, made_by=made_by)


def reviews(db: DbLike, event_id: str | None = None, problems: bool = False, limit: int = 200, *,
            claim_id: str | None = None) -> list[dict]:
    return list_reviews(db, event_id=event_id, claim_id=claim_id, problems=problems, limit=limit)


def contract_records(db: DbLike) -> list[dict]:
    """Every stored article's current extraction record in the contract format, ``cluster`` = canonical event id,
    in doc_id order. An article without a successful extraction gets an empty record."""
    with reading(db) as conn:
        owner = {mid: eid for mid, eid, _ in fold_knowledge(conn).mentions}
        current = {}
        for doc_id, status, record in conn.execute(
                "SELECT doc_id, status, record FROM kb_extractions ORDER BY seq"):
            if status == "ok":
                current[doc_id] = json.loads(record)
        doc_ids = set(current)
        if _has_articles(conn):
            doc_ids |= {r[0] for r in conn.execute("SELECT doc_id FROM articles")}
    from nkwatch.resolve.mentions import event_mention_id

    out = []
    for doc_id in sorted(doc_ids):
        rec = current.get(doc_id) or {"doc_id": doc_id, "relevant": False, "events": [], "claims": [],
                                      "restaurants": []}
        events = [e for e in rec.get("events") or [] if isinstance(e, dict)]
        for i, e in enumerate(events):
            e["cluster"] = owner.get(event_mention_id(doc_id, i))
        out.append(rec)
    return out


def review_queue(db: DbLike, *, type: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    """Events no person has confirmed or rejected yet, most doubtful first (one source, contested slots, unsure
    links, little detail), each with why; and how many events are reviewed and not."""
    from nkwatch.resolve.reviewed import doubts

    with reading(db) as conn:
        kb = fold_knowledge(conn)
    queue = []
    for e in kb.events:
        if type and e["type"] != type:
            continue
        why = doubts(e, kb.judgements.get(e["id"], []))
        if e.get("review"):
            continue
        queue.append({**_summary(e), "doubt": sum(w for w, _ in why), "why": [t for _, t in why]})
    queue.sort(key=lambda x: (x["date"] or "", x["id"]), reverse=True)
    queue.sort(key=lambda x: -x["doubt"])      # most doubtful first; among equals, newest first
    reviewed = sum(1 for e in (*kb.events, *kb.rejected) if e.get("reviewed"))
    return {"total": len(queue), "reviewed": reviewed, "unreviewed": len(kb.events) + len(kb.rejected) - reviewed,
            "events": queue[offset:offset + limit]}


def _set_slot(event: dict, slot: str, value) -> None:
    if "." in slot:
        head, tail = slot.split(".", 1)
        inner = event.get(head) if isinstance(event.get(head), dict) else {}
        event[head] = {**inner, tail: value}
    else:
        event[slot] = value


def _reviewed_claims(kb, rec: dict) -> list:
    """The record's claims with people's claim reviews applied: a rejected claim is dropped, a corrected part takes
    the reviewed value; claims no one reviewed stay as extracted."""
    from nkwatch.resolve.reviewed_claims import set_claim_part
    from nkwatch.store.statements import mention_id

    out = []
    for i, c in enumerate(x for x in rec.get("claims") or [] if isinstance(x, dict)):
        seen = kb.claim(mention_id(rec["doc_id"], "claim", i)) or {}
        if seen.get("rejected"):
            continue
        for part, corr in (seen.get("corrections") or {}).items():
            set_claim_part(c, part, corr["value"])
        out.append(c)
    return out


def gold_records(db: DbLike) -> list[dict]:
    """The contract records of the articles whose every event people have reviewed, as gold: each event takes its
    canonical event's reviewed values (a correction is about the event, so it holds in every article that reports
    it); an event rejected as not an event or not relevant is dropped, a duplicate joins the cluster it repeats;
    an article left with nothing is not relevant. Its claims take people's claim reviews (a rejected claim is
    dropped). ``nkwatch evaluate`` can then score the extractor against it."""
    with reading(db) as conn:
        kb = fold_knowledge(conn)
        records = contract_records(conn)
    out = []
    for rec in records:
        events = [e for e in rec.get("events") or [] if isinstance(e, dict)]
        canon = [kb.event(e.get("cluster")) if e.get("cluster") else None for e in events]
        if not events or not all(c is not None and c.get("reviewed") for c in canon):
            continue
        kept = []
        for e, c in zip(events, canon):
            state = (c.get("review") or {})
            if state.get("state") == "rejected":
                how = state.get("rejected_as") or {}
                if how.get("kind") != "duplicate":
                    continue
                e["cluster"] = how.get("of")
            for slot, f in c["slots"].items():
                if f.get("reviewed"):
                    _set_slot(e, slot, f["value"])
            kept.append(e)
        rec["events"] = kept
        rec["claims"] = _reviewed_claims(kb, rec)
        if not kept and not rec.get("claims") and not rec.get("restaurants"):
            rec["relevant"] = False
        out.append(rec)
    return out


def gold_articles(db: DbLike) -> list[dict]:
    """The articles of ``gold_records`` as article records, with the stored text their evidence spans point
    into: the --articles file for ``nkwatch evaluate`` and ``score.py`` beside the gold export."""
    wanted = [r["doc_id"] for r in gold_records(db)]
    with reading(db) as conn:
        if not _has_articles(conn):
            return []
        out = []
        for doc_id in wanted:
            row = conn.execute("SELECT doc_id, url, title, outlet, published, text FROM articles WHERE doc_id = ?",
                               (doc_id,)).fetchone()
            if row:
                out.append(dict(zip(("doc_id", "url", "title", "outlet", "published", "text"), row)))
    return out
