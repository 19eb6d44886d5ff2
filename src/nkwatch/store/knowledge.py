"""The one fold: canonical events, the restaurant registry and claim groups, folded from the current statements and
the judgements, in one place. The CLI, the API, the pages, every export and the serving index read this fold, so a
rule about what the knowledge base says is written once (resolve/ holds the rules, this module applies them).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from nkwatch.resolve.claims import group_claims
from nkwatch.resolve.fold import fold_event
from nkwatch.resolve.labels import event_label
from nkwatch.resolve.restaurants import RestaurantFinder, build_registry
from nkwatch.store.canonical import StoredMention, article_meta, event_groups, load_judgements, load_mentions, state_key


@dataclass
class Knowledge:
    events: list[dict]                       # canonical events, by date then id
    restaurants: list[dict]                  # the registry
    claims: list[dict]                       # claim groups by frame
    articles: dict[str, dict]                # doc_id → outlet, published, url, title, text_group, first_seen
    judgements: dict[str, list] = field(default_factory=dict)       # event id → the judgements that shaped it
    mentions: list[tuple[str, str, str]] = field(default_factory=list)   # (mention id, event id, doc id)

    def event(self, event_id: str) -> dict | None:
        return next((e for e in self.events if e["id"] == event_id), None)

    def restaurant(self, restaurant_id: str) -> dict | None:
        return next((r for r in self.restaurants if r["id"] == restaurant_id), None)


def as_mention(m: StoredMention) -> dict:
    return {"mention_id": m.mention_id, "fact": m.fact, "article": m.article}


_CACHE: dict[str, tuple[tuple, Knowledge]] = {}


def fold_knowledge(conn: sqlite3.Connection) -> Knowledge:
    """Everything the knowledge base says, folded once per state of the store (treat the result as read-only).

    Inside a write transaction (which may roll back) and for an in-memory database it is not cached.
    """
    key = state_key(conn)
    cacheable = bool(key[0]) and not conn.in_transaction
    hit = _CACHE.get(key[0]) if cacheable else None
    if hit and hit[0] == key:
        return hit[1]
    groups = event_groups(conn)
    said_together = {(c, r) for _, ms in groups for m in ms
                     if (c := (m.fact.get("workplace") or {}).get("city")) and (r := (m.fact.get("workplace") or {}).get("region"))}
    events = [fold_event(eid, [as_mention(m) for m in ms], said_together) for eid, ms in groups]
    events.sort(key=lambda e: (e["date"] or "", e["id"]))
    restaurants = build_registry([as_mention(m) for m in load_mentions(conn, "restaurant")], events,
                                 load_judgements(conn, "restaurant"))
    names = {r["id"]: r["name"] for r in restaurants}
    restaurant_of = RestaurantFinder(restaurants)
    for e in events:
        rid = restaurant_of(e)
        e.update(restaurant_id=rid, restaurant=names.get(rid), label=event_label(e, names.get(rid)))
    claims = group_claims([as_mention(m) for m in load_mentions(conn, "claim")])
    owner = {m.mention_id: eid for eid, ms in groups for m in ms}
    judgements: dict[str, list] = {}
    for j in load_judgements(conn, "event"):
        for eid in {owner.get(j["left_id"]), owner.get(j["right_id"])} - {None}:
            judgements.setdefault(eid, []).append(
                {k: j[k] for k in ("judgement_id", "verdict", "score", "reason", "made_by", "created", "retracted")})
    kb = Knowledge(events, restaurants, claims, article_meta(conn), judgements,
                   [(m.mention_id, eid, m.doc_id) for eid, ms in groups for m in ms])
    if cacheable:
        _CACHE[key[0]] = (key, kb)
    return kb
