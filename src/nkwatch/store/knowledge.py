"""The one fold: canonical events, the restaurant registry and claim groups, folded from the current statements and
the judgements, with people's reviews of events and of claims applied, in one place. The CLI, the API, the pages,
every export and the serving index read this fold, so a rule about what the knowledge base says is written once
(resolve/ holds the rules, this module applies them).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from nkwatch.resolve.claims import claim_view, group_claims
from nkwatch.resolve.fold import fold_event
from nkwatch.resolve.labels import event_label
from nkwatch.resolve.restaurants import RestaurantFinder, build_registry
from nkwatch.resolve.reviewed import apply_reviews, event_version
from nkwatch.resolve.reviewed_claims import apply_claim_reviews
from nkwatch.store.canonical import (StoredMention, article_meta, event_groups, load_judgements, load_mentions,
                                     load_reviews, state_key)


@dataclass
class Knowledge:
    events: list[dict]                       # canonical events, by date then id (not those a review rejected)
    restaurants: list[dict]                  # the registry
    claims: list[dict]                       # claim groups by frame (not the claims a review rejected)
    articles: dict[str, dict]                # doc_id → outlet, published, url, title, text_group, first_seen
    judgements: dict[str, list] = field(default_factory=dict)       # event id → the judgements that shaped it
    mentions: list[tuple[str, str, str]] = field(default_factory=list)   # (mention id, event id, doc id)
    rejected: list[dict] = field(default_factory=list)      # events a review rejected: kept, listed only on request
    reviews: dict[str, list] = field(default_factory=dict)  # event id → every review of it, undone ones too
    review_notes: list[dict] = field(default_factory=list)  # reviews that no longer apply, or apply to changed values
    claim_list: dict[str, dict] = field(default_factory=dict)   # claim id → the claim on its own (rejected ones too)
    claim_reviews: dict[str, list] = field(default_factory=dict)  # claim id → every review of it, undone ones too

    def event(self, event_id: str) -> dict | None:
        return next((e for e in (*self.events, *self.rejected) if e["id"] == event_id), None)

    def claim(self, claim_id: str) -> dict | None:
        return self.claim_list.get(claim_id)

    @property
    def rejected_claims(self) -> list[dict]:
        return [c for c in self.claim_list.values() if c["rejected"]]

    def restaurant(self, restaurant_id: str) -> dict | None:
        return next((r for r in self.restaurants if r["id"] == restaurant_id), None)


def as_mention(m: StoredMention) -> dict:
    return {"mention_id": m.mention_id, "fact": m.fact, "article": m.article}


_CACHE: dict[str, tuple[tuple, Knowledge]] = {}


def _target(review: dict, owner: dict[str, str], event_ids: set[str]) -> str | None:
    """The event a review is about now. Events are named after their first mention, so re-extracting an article
    can rename one: a review follows the mentions its event had when it was made. None when they are all gone."""
    if review["event_id"] in event_ids:
        return review["event_id"]
    for mid in (review.get("based_on") or {}).get("mentions") or []:
        if mid in owner:
            return owner[mid]
    return None


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
    every_review = load_reviews(conn, active=False)
    all_reviews = [r for r in every_review if r.get("target", "event") == "event"]
    owner = {m.mention_id: eid for eid, ms in groups for m in ms}
    event_ids = {eid for eid, _ in groups}
    targets = {r["review_id"]: _target(r, owner, event_ids) for r in all_reviews}
    active: dict[str, list] = {}
    for r in all_reviews:
        if not r["retracted"]:
            active.setdefault(targets[r["review_id"]] or r["event_id"], []).append(r)
    notes = []
    for e in events:
        notes += apply_reviews(e, active.pop(e["id"], []))
        e["version"] = event_version(e)
    for eid, rs in active.items():   # the event is gone (re-extracted, or merged under another id)
        notes += [{"review_id": r["review_id"], "event_id": eid,
                   "problem": f"event {eid} no longer exists: the review of it does not apply"} for r in rs]
    rejected = [e for e in events if e["rejected"]]
    events = [e for e in events if not e["rejected"]]
    events.sort(key=lambda e: (e["date"] or "", e["id"]))
    restaurants = build_registry([as_mention(m) for m in load_mentions(conn, "restaurant")], events,
                                 load_judgements(conn, "restaurant"))
    names = {r["id"]: r["name"] for r in restaurants}
    restaurant_of = RestaurantFinder(restaurants)
    for e in (*events, *rejected):
        rid = restaurant_of(e)
        e.update(restaurant_id=rid, restaurant=names.get(rid), label=event_label(e, names.get(rid)))
    claim_mentions = [as_mention(m) for m in load_mentions(conn, "claim")]
    claim_reviews: dict[str, list] = {}
    for r in every_review:
        if r.get("target") == "claim":
            claim_reviews.setdefault(r["event_id"], []).append(r)
    for m in claim_mentions:
        notes += apply_claim_reviews(m, [r for r in claim_reviews.get(m["mention_id"], []) if not r["retracted"]])
    claim_ids = {m["mention_id"] for m in claim_mentions}
    for cid, rs in claim_reviews.items():
        if cid not in claim_ids:     # re-extracted away
            notes += [{"review_id": r["review_id"], "event_id": cid,
                       "problem": f"claim {cid} no longer exists: the review of it does not apply"}
                      for r in rs if not r["retracted"]]
    claims = group_claims([m for m in claim_mentions if not m["rejected"]])
    judgements: dict[str, list] = {}
    for j in load_judgements(conn, "event"):
        for eid in {owner.get(j["left_id"]), owner.get(j["right_id"])} - {None}:
            judgements.setdefault(eid, []).append(
                {k: j.get(k) for k in ("judgement_id", "verdict", "score", "reason", "made_by", "author", "created",
                                       "retracted", "retracted_by")})
    reviews: dict[str, list] = {}
    for r in all_reviews:
        r["current_event"] = targets[r["review_id"]]
        reviews.setdefault(r["current_event"] or r["event_id"], []).append(r)
    kb = Knowledge(events, restaurants, claims, article_meta(conn), judgements,
                   [(m.mention_id, eid, m.doc_id) for eid, ms in groups for m in ms], rejected, reviews,
                   sorted(notes, key=lambda n: n["review_id"]),
                   {m["mention_id"]: claim_view(m) for m in claim_mentions}, claim_reviews)
    if cacheable:
        _CACHE[key[0]] = (key, kb)
    return kb
