"""People's reviews of canonical events and of single claims, written as rows beside the statements (kb_reviews,
``target`` event or claim) and undone by retraction.

    add_review(conn, event_id, action, ...) -> the stored review      (call inside a write transaction)
    add_claim_review(conn, claim_id, action, ...) -> the stored review (likewise)
    retract_review(conn, review_id, made_by) -> the review, undone    (either kind)
    list_reviews(db, event_id=None, claim_id=None) -> every review, newest first, with whether it still applies

The rules (which values a slot can hold, how a review changes the folded event or claim) are in
resolve/reviewed.py and resolve/reviewed_claims.py; the fold in store/knowledge.py applies the active reviews when
reading.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

from nkwatch.model import ReviewConflict, ReviewRefused
from nkwatch.resolve.reviewed import ACTIONS, check_reject, check_value, slot_name
from nkwatch.resolve.reviewed_claims import (CLAIM_ACTIONS, check_claim_reject, check_claim_value, claim_slot,
                                             claim_slot_value)
from nkwatch.store.db import DbLike, reading
from nkwatch.store.knowledge import fold_knowledge


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def add_review(conn: sqlite3.Connection, event_id: str, action: str, *, slot: str | None = None, value=None,
               reason: str | None = None, source: str | None = None, duplicate_of: str | None = None,
               made_by: str = "person", expected_version: str | None = None) -> dict:
    """Record one review. ``action``: confirm; reject (``value`` one of not-an-event, not-relevant, duplicate, the
    last with ``duplicate_of``); correct (``slot`` to ``value``, ``source`` an article that supports it).

    ReviewRefused (source ``event`` when there is no such event) for what cannot be; ReviewConflict when
    ``expected_version`` is given and the event has changed since the reviewer saw that version."""
    kb = fold_knowledge(conn)
    event = _subject(kb.event(event_id), "event", event_id, expected_version, "nkwatch events")
    _check_action(action, ACTIONS)
    reason = _reason(reason)
    based_on: dict = {"version": event["version"], "mentions": [m["mention_id"] for m in event["mention_list"]]}
    stored_slot = None
    if action == "correct":
        stored_slot = slot_name(slot or "")
        value = check_value(stored_slot, value)
        _published_with(reason, source, kb.articles)
        f = event["slots"].get(stored_slot)
        if f and "reviewed" in f:
            based_on["extracted"] = (f["extracted"] or {}).get("value")
        else:
            based_on["extracted"] = f["value"] if f else event.get("status") if stored_slot == "status" else None
    elif action == "reject":
        value = check_reject(value, duplicate_of, {e["id"] for e in kb.events} - {event_id})
        if not reason:
            reason = value["kind"].replace("-", " ") + (f" of {value['of']}" if value.get("of") else "")
    else:
        value = None
    return _insert(conn, "event", event_id, action, stored_slot, value, reason,
                   source if action == "correct" else None, made_by, based_on)


def _subject(found: dict | None, kind: str, subject_id: str, expected_version: str | None, listed_by: str) -> dict:
    """The event or claim a review is about, as the reviewer saw it: ReviewRefused when there is none,
    ReviewConflict when it has changed since ``expected_version``."""
    if found is None:
        raise ReviewRefused(f"no {kind} {subject_id} (see `{listed_by}`)", source=kind)
    if expected_version is not None and expected_version != found["version"]:
        raise ReviewConflict(f"{kind} {subject_id} has changed since version {expected_version} (it is "
                             f"{found['version']} now): reload it and review again")
    return found


def _published_with(reason: str | None, source: str | None, articles: dict) -> None:
    """A correction is published with its reason, and cites only an article the store holds."""
    if not reason:
        raise ReviewRefused("say why (--reason): a correction is published with its reason", source="reason")
    if source and source not in articles:
        raise ReviewRefused(f"no article {source!r} to cite as the source", source="source")


def _check_action(action: str, actions: tuple) -> None:
    if action not in actions:
        raise ReviewRefused(f"{action!r} is not a review action; one of {', '.join(actions)}", source="action")


def _reason(reason: str | None) -> str | None:
    reason = " ".join((reason or "").split()) or None
    if reason and len(reason) > 1000:
        raise ReviewRefused("the reason is longer than 1000 characters", source="reason")
    return reason


def _insert(conn: sqlite3.Connection, target: str, subject: str, action: str, slot: str | None, value,
            reason: str | None, source: str | None, made_by: str, based_on: dict) -> dict:
    now = _now()
    cur = conn.execute("INSERT INTO kb_reviews (target, event_id, action, slot, value, reason, source, made_by,"
                       " created, based_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (target, subject, action, slot, None if value is None else json.dumps(value, ensure_ascii=False),
                        reason, source, made_by, now, json.dumps(based_on)))
    subject_key = "claim_id" if target == "claim" else "event_id"
    return {"review_id": cur.lastrowid, "target": target, subject_key: subject, "action": action, "slot": slot,
            "value": value, "reason": reason, "made_by": made_by, "created": now}


def add_claim_review(conn: sqlite3.Connection, claim_id: str, action: str, *, slot: str | None = None, value=None,
                     reason: str | None = None, source: str | None = None, made_by: str = "person",
                     expected_version: str | None = None) -> dict:
    """Record one review of a single claim (its id is its mention id, ``cm-…``). ``action``: correct (``slot``
    metric, scope, period, value or as_of to ``value``; a reason is required) or reject (``value`` not-a-claim,
    not-relevant or misread).

    ReviewRefused (source ``claim`` when there is no such claim) for what cannot be; ReviewConflict when
    ``expected_version`` is given and the claim has changed since the reviewer saw that version."""
    kb = fold_knowledge(conn)
    claim = _subject(kb.claim(claim_id), "claim", claim_id, expected_version, "nkwatch claims")
    _check_action(action, CLAIM_ACTIONS)
    reason = _reason(reason)
    based_on: dict = {"version": claim["version"]}
    stored_slot = None
    if action == "correct":
        stored_slot = claim_slot(slot or "")
        value = check_claim_value(stored_slot, value)
        _published_with(reason, source, kb.articles)
        earlier = claim["corrections"].get(stored_slot)
        # what the extractor read, whatever reviews came before
        based_on["extracted"] = earlier["extracted"] if earlier else \
            claim_slot_value({"metric": claim["metric"], "country": claim["country"], "period": claim["period"],
                              "as_of": claim["as_of"] if claim["as_of_from"] == "text" else None,
                              "value": claim["value"], "value_max": claim["value_max"], "hedge": claim["hedge"]},
                             stored_slot)
    else:
        value = check_claim_reject(value)
        if not reason:
            reason = value["kind"].replace("-", " ")
    return _insert(conn, "claim", claim_id, action, stored_slot, value, reason,
                   source if action == "correct" else None, made_by, based_on)


def retract_review(conn: sqlite3.Connection, review_id: int, *, made_by: str = "person") -> dict:
    """Undo a review: the row stays, marked retracted, and the fold reads as if it had never been made."""
    row = conn.execute("SELECT event_id, action, retracted, target FROM kb_reviews WHERE review_id = ?",
                       (review_id,)).fetchone()
    if row is None:
        raise ReviewRefused(f"no review {review_id} (see `nkwatch reviews`)", source="review")
    if row[2]:
        raise ReviewRefused(f"review {review_id} was undone already ({row[2]})", source="retracted")
    now = _now()
    conn.execute("UPDATE kb_reviews SET retracted = ?, retracted_by = ? WHERE review_id = ?", (now, made_by, review_id))
    return {"review_id": review_id, "target": row[3], "claim_id" if row[3] == "claim" else "event_id": row[0],
            "action": row[1], "retracted": now, "retracted_by": made_by}


def list_reviews(db: DbLike, *, event_id: str | None = None, claim_id: str | None = None, problems: bool = False,
                 limit: int = 200, offset: int = 0) -> list[dict]:
    """Every review (of events and of claims), newest first; each says whether it is undone and any problem the
    fold found with it (the event or claim is gone, or its extracted value changed since). ``event_id`` or
    ``claim_id``: one event's or one claim's history. ``problems``: only the active ones with a problem."""
    with reading(db) as conn:
        kb = fold_knowledge(conn)
    rows = sorted((r for rs in (*kb.reviews.values(), *kb.claim_reviews.values()) for r in rs),
                  key=lambda r: r["review_id"], reverse=True)
    notes = {n["review_id"]: n["problem"] for n in kb.review_notes}
    out = []
    for r in rows:
        claim = r.get("target") == "claim"
        if event_id and (claim or event_id not in (r["event_id"], r["current_event"])):
            continue
        if claim_id and (not claim or r["event_id"] != claim_id):
            continue
        r = {**r, "problem": notes.get(r["review_id"]) if not r["retracted"] else None}
        if claim:
            r["claim_id"] = r.pop("event_id")
        if problems and not r["problem"]:
            continue
        out.append(r)
    return out[offset:offset + limit]
