"""Person judgements on canonical events: merge two events, split one, list every decision.

A merge is one "same" judgement by a person between the first mentions of the two events; splitting an event
that a person merged retracts the latest such judgement (so merge then split restores the previous state
exactly); splitting an event the machine built records "different" judgements between its mentions. ``made_by`` says
machine or person (the resolver reads it); ``author`` names the account that made a person's judgement (None in the
single-token mode).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

from nkwatch.model import JudgementRefused
from nkwatch.store.canonical import event_groups, event_id_of, load_judgements
from nkwatch.store.db import DbLike, fetch_dicts, reading
from nkwatch.store.knowledge import fold_knowledge


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _groups(conn: sqlite3.Connection) -> dict[str, list]:
    return dict(event_groups(conn))


def _find(groups: dict[str, list], event_id: str) -> list:
    if event_id not in groups:
        raise JudgementRefused(f"no event {event_id} (see `nkwatch events`)")
    return groups[event_id]


def merge_events(conn: sqlite3.Connection, a: str, b: str, *, reason: str | None = None,
                 author: str | None = None) -> dict:
    """Say that events ``a`` and ``b`` are one; returns the merged event's id. Call inside a write transaction."""
    groups = _groups(conn)
    ga, gb = _find(groups, a), _find(groups, b)
    if a == b:
        raise JudgementRefused(f"{a} and {b} are the same event already")
    ta, tb = ga[0].label, gb[0].label
    if ta != tb:
        raise JudgementRefused(f"cannot merge a {ta} event ({a}) with a {tb} event ({b}): different types")
    docs_a, docs_b = {m.doc_id for m in ga}, {m.doc_id for m in gb}
    shared = sorted(docs_a & docs_b)
    if shared:
        raise JudgementRefused(f"cannot merge {a} and {b}: article {shared[0]} reports them as two events")
    ids_a, ids_b = {m.mention_id for m in ga}, {m.mention_id for m in gb}
    apart = [j["judgement_id"] for j in load_judgements(conn) if not j["retracted"] and j["verdict"] == "different"
             and j["made_by"] == "person" and ({j["left_id"], j["right_id"]} & ids_a) and ({j["left_id"], j["right_id"]} & ids_b)]
    now = _now()
    for jid in apart:
        conn.execute("UPDATE kb_judgements SET retracted = ?, retracted_by = ? WHERE judgement_id = ?",
                         (now, author, jid))
    conn.execute("INSERT INTO kb_judgements (kind, left_id, right_id, verdict, score, reason, made_by, created,"
                 " supersedes, author) VALUES ('event', ?, ?, 'same', 1.0, ?, 'person', ?, ?, ?)",
                 (ga[0].mention_id, gb[0].mention_id, reason or f"merge {a} {b}", now, json.dumps(apart), author))
    first = min(ga[0], gb[0], key=lambda m: (m.seq, m.ordinal))
    return {"merged": [a, b], "event": event_id_of(first.mention_id)}


def split_event(conn: sqlite3.Connection, event_id: str, mention_ids: list[str] | None = None, *,
                author: str | None = None) -> dict:
    """Undo the latest person merge of the event, or (machine-built event, or ``mention_ids`` given) separate
    mentions from the rest. Returns the ids of the events it leaves."""
    groups = _groups(conn)
    members = _find(groups, event_id)
    if len(members) < 2:
        raise JudgementRefused(f"event {event_id} has a single mention: there is nothing to split")
    ids = [m.mention_id for m in members]
    now = _now()
    if mention_ids:
        unknown = [x for x in mention_ids if x not in ids]
        if unknown:
            raise JudgementRefused(f"mention {unknown[0]} is not part of event {event_id}")
        if len(set(mention_ids)) == len(ids):
            mention_ids = mention_ids[1:]
        pairs = [(x, y) for x in mention_ids for y in ids if y not in mention_ids]
    else:
        merges = [j for j in load_judgements(conn) if not j["retracted"] and j["made_by"] == "person"
                  and j["verdict"] == "same" and j["left_id"] in ids and j["right_id"] in ids]
        if merges:
            last = merges[-1]
            conn.execute("UPDATE kb_judgements SET retracted = ?, retracted_by = ? WHERE judgement_id = ?",
                         (now, author, last["judgement_id"]))
            for jid in json.loads(last["supersedes"] or "[]"):
                conn.execute("UPDATE kb_judgements SET retracted = NULL, retracted_by = NULL WHERE judgement_id = ?", (jid,))
            return {"split": event_id, "events": _events_of(conn, ids), "undid": last["judgement_id"]}
        pairs = [(x, y) for i, x in enumerate(ids) for y in ids[i + 1:]]
    conn.executemany("INSERT INTO kb_judgements (kind, left_id, right_id, verdict, score, reason, made_by, created,"
                     " author) VALUES ('event', ?, ?, 'different', 0.0, ?, 'person', ?, ?)",
                     [(x, y, f"split {event_id}", now, author) for x, y in pairs])
    return {"split": event_id, "events": _events_of(conn, ids)}


def _events_of(conn: sqlite3.Connection, mention_ids: list[str]) -> list[str]:
    wanted = set(mention_ids)
    return sorted({eid for eid, ms in event_groups(conn) if any(m.mention_id in wanted for m in ms)})


def list_judgements(db: DbLike, *, event_id: str | None = None, made_by: str | None = None,
                    include_retracted: bool = True, limit: int = 200, offset: int = 0) -> list[dict]:
    """Every decision, newest first, with the events its two mentions now belong to."""
    with reading(db) as conn:
        owner = {mid: eid for mid, eid, _ in fold_knowledge(conn).mentions}
        sql = "SELECT * FROM kb_judgements WHERE 1=1"
        params: list = []
        if made_by:
            sql += " AND made_by = ?"
            params.append(made_by)
        if not include_retracted:
            sql += " AND retracted IS NULL"
        rows = fetch_dicts(conn.execute(sql + " ORDER BY judgement_id DESC", params))
    out = []
    for r in rows:
        r["left_event"], r["right_event"] = owner.get(r["left_id"]), owner.get(r["right_id"])
        r["supersedes"] = json.loads(r["supersedes"] or "[]")
        # A mention that re-extraction or re-resolution removed: the judgement is kept and reported, not dropped.
        gone = [x for x in dict.fromkeys((r["left_id"], r["right_id"])) if x not in owner]
        r["dangling"] = (f"mention {', '.join(gone)} no longer exists (its article was extracted again):"
                         f" this judgement no longer applies") if gone else None
        if event_id and event_id not in (r["left_event"], r["right_event"]):
            continue
        out.append(r)
    return out[offset:offset + limit]


def _restaurant(conn: sqlite3.Connection, restaurant_id: str) -> dict:
    found = fold_knowledge(conn).restaurant(restaurant_id)
    if found is None:
        raise JudgementRefused(f"no restaurant {restaurant_id} (see `nkwatch restaurants`)")
    return found


def merge_restaurants(conn: sqlite3.Connection, a: str, b: str, *, reason: str | None = None,
                      author: str | None = None) -> dict:
    """Say that registry entries ``a`` and ``b`` are one restaurant (aliases, a district and its city, …).
    Call inside a write transaction; undo with ``split_restaurant``."""
    if a == b:
        raise JudgementRefused(f"{a} and {b} are the same restaurant already")
    ra, rb = _restaurant(conn, a), _restaurant(conn, b)
    if ra["country"] and rb["country"] and ra["country"] != rb["country"]:
        raise JudgementRefused(f"cannot merge {a} ({ra['country']}) with {b} ({rb['country']}): different countries")
    ids_a, ids_b = {m["mention_id"] for m in ra["mentions"]}, {m["mention_id"] for m in rb["mentions"]}
    apart = [j["judgement_id"] for j in load_judgements(conn, "restaurant") if not j["retracted"]
             and j["verdict"] == "different" and j["made_by"] == "person"
             and ({j["left_id"], j["right_id"]} & ids_a) and ({j["left_id"], j["right_id"]} & ids_b)]
    now = _now()
    for jid in apart:       # a person's earlier split between the two gives way, and comes back on undo
        conn.execute("UPDATE kb_judgements SET retracted = ?, retracted_by = ? WHERE judgement_id = ?",
                         (now, author, jid))
    conn.execute("INSERT INTO kb_judgements (kind, left_id, right_id, verdict, score, reason, made_by, created,"
                 " supersedes, author) VALUES ('restaurant', ?, ?, 'same', 1.0, ?, 'person', ?, ?, ?)",
                 (ra["mentions"][0]["mention_id"], rb["mentions"][0]["mention_id"], reason or f"merge {a} {b}", now,
                  json.dumps(apart), author))
    merged = next(r for r in fold_knowledge(conn).restaurants
                  if any(m["mention_id"] == ra["mentions"][0]["mention_id"] for m in r["mentions"]))
    return {"merged": [a, b], "restaurant": merged["id"]}


def split_restaurant(conn: sqlite3.Connection, restaurant_id: str, mention_ids: list[str] | None = None, *,
                     author: str | None = None) -> dict:
    """Undo the latest person merge of the restaurant, or separate ``mention_ids`` (or every mention) from the rest."""
    r = _restaurant(conn, restaurant_id)
    ids = [m["mention_id"] for m in r["mentions"]]
    if len(ids) < 2:
        raise JudgementRefused(f"restaurant {restaurant_id} has a single mention: there is nothing to split")
    now = _now()
    if not mention_ids:
        merges = [j for j in load_judgements(conn, "restaurant") if not j["retracted"] and j["made_by"] == "person"
                  and j["verdict"] == "same" and j["left_id"] in ids and j["right_id"] in ids]
        if merges:
            conn.execute("UPDATE kb_judgements SET retracted = ?, retracted_by = ? WHERE judgement_id = ?",
                         (now, author, merges[-1]["judgement_id"]))
            for jid in json.loads(merges[-1]["supersedes"] or "[]"):
                conn.execute("UPDATE kb_judgements SET retracted = NULL, retracted_by = NULL WHERE judgement_id = ?", (jid,))
            return {"split": restaurant_id, "undid": merges[-1]["judgement_id"], "restaurants": _restaurants_of(conn, ids)}
        mention_ids = ids[1:]
    unknown = [x for x in mention_ids if x not in ids]
    if unknown:
        raise JudgementRefused(f"mention {unknown[0]} is not part of restaurant {restaurant_id}")
    pairs = [(x, y) for x in mention_ids for y in ids if y not in mention_ids] or \
        [(x, y) for i, x in enumerate(ids) for y in ids[i + 1:]]
    conn.executemany("INSERT INTO kb_judgements (kind, left_id, right_id, verdict, score, reason, made_by, created,"
                     " author) VALUES ('restaurant', ?, ?, 'different', 0.0, ?, 'person', ?, ?)",
                     [(x, y, f"split {restaurant_id}", now, author) for x, y in pairs])
    return {"split": restaurant_id, "restaurants": _restaurants_of(conn, ids)}


def _restaurants_of(conn: sqlite3.Connection, mention_ids: list[str]) -> list[str]:
    wanted = set(mention_ids)
    return sorted(r["id"] for r in fold_knowledge(conn).restaurants if {m["mention_id"] for m in r["mentions"]} & wanted)
