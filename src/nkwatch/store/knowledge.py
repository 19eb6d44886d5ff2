"""The one fold: canonical events, the restaurant registry and claim groups, folded from the current statements and
the judgements, with people's reviews of events and of claims applied, in one place. The CLI, the API, the pages,
every export and the serving index read this fold, so a rule about what the knowledge base says is written once
(resolve/ holds the rules, this module applies them).
"""

from __future__ import annotations

import gc
import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from nkwatch.resolve.claims import claim_view, group_claims
from nkwatch.resolve.fold import fold_event
from nkwatch.resolve.labels import event_label
from nkwatch.resolve.restaurants import RestaurantFinder, build_registry
from nkwatch.resolve.reviewed import apply_reviews, event_version
from nkwatch.resolve.reviewed_claims import apply_claim_reviews
from nkwatch.store.canonical import (StoredMention, article_meta, event_id_of, group_ids, load_judgements,
                                     load_mentions, load_reviews, read_groups, state_key)


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


def said_together(mentions) -> set[tuple[str, str]]:
    """(city, region) pairs the sources state together (``fold_event``'s ``city_regions``)."""
    return {(c, r) for m in mentions
            if (c := (m.fact.get("workplace") or {}).get("city")) and (r := (m.fact.get("workplace") or {}).get("region"))}


@dataclass
class EventPart:
    """Canonical events folded from some of the knowledge base's event mentions (all of them, for the whole
    fold): the groups' events with their reviews applied, before the registry names their restaurants."""
    events: list[dict]                       # not rejected, in group order
    rejected: list[dict]
    judgements: dict[str, list]
    reviews: dict[str, list]
    mentions: list[tuple[str, str, str]]     # (mention id, event id, doc id)
    notes: list[dict]                        # reviews of these events that apply to changed values
    targets: dict[int, str | None]           # review id → the event it is about now


def fold_events(groups: list[tuple[str, list[StoredMention]]], city_regions: set,
                all_reviews: list[dict], judgements: list[dict], *, owner_outside=lambda mid: None,
                exists_outside=lambda eid: False) -> EventPart:
    """Fold ``groups`` (``event_groups`` of all mentions, or of a set closed under judgements) into canonical
    events, with the reviews that are about them now applied and the judgements that shaped them.

    A review follows its event's mentions when the event is gone (``_target``): ``owner_outside`` and
    ``exists_outside`` answer for the mentions and events outside ``groups`` (none for the whole fold)."""
    events = [fold_event(eid, [as_mention(m) for m in ms], city_regions) for eid, ms in groups]
    inside = {m.mention_id: eid for eid, ms in groups for m in ms}
    event_ids = {eid for eid, _ in groups}

    class Owner(dict):
        def __missing__(self, mid):
            return owner_outside(mid)

        def __contains__(self, mid):
            return dict.__contains__(self, mid) or owner_outside(mid) is not None

    class Ids(set):
        def __contains__(self, eid):
            return set.__contains__(self, eid) or exists_outside(eid)

    owner, ids = Owner(inside), Ids(event_ids)
    targets = {r["review_id"]: _target(r, owner, ids) for r in all_reviews}
    active: dict[str, list] = {}
    for r in all_reviews:
        if not r["retracted"]:
            active.setdefault(targets[r["review_id"]] or r["event_id"], []).append(r)
    notes = []
    for e in events:
        notes += apply_reviews(e, active.get(e["id"], []))
        e["version"] = event_version(e)
    by_event: dict[str, list] = {}
    for j in judgements:
        for eid in {inside.get(j["left_id"]), inside.get(j["right_id"])} - {None}:
            by_event.setdefault(eid, []).append(
                {k: j.get(k) for k in ("judgement_id", "left_id", "right_id", "verdict", "score", "reason", "made_by",
                                       "author", "created", "retracted", "retracted_by")})
    reviews: dict[str, list] = {}
    for r in all_reviews:
        r["current_event"] = targets[r["review_id"]]
        if (r["current_event"] or r["event_id"]) in event_ids:
            reviews.setdefault(r["current_event"] or r["event_id"], []).append(r)
    return EventPart([e for e in events if not e["rejected"]], [e for e in events if e["rejected"]], by_event,
                     reviews, [(m.mention_id, eid, m.doc_id) for eid, ms in groups for m in ms], notes, targets)


def stated_together(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """``said_together`` of every current event mention, read from the statements without folding them."""
    rows = conn.execute(
        "SELECT c.value, r.value FROM kb_statements c JOIN kb_statements r ON r.subject = c.subject"
        " AND r.extractor_version = c.extractor_version AND r.property = 'workplace.region'"
        " JOIN kb_extractions x ON x.doc_id = c.doc_id AND x.extractor_version = c.extractor_version"
        " WHERE c.kind = 'event' AND c.property = 'workplace.city' AND x.status = 'ok'"
        " AND x.seq = (SELECT MAX(seq) FROM kb_extractions y WHERE y.doc_id = x.doc_id AND y.status = 'ok')")
    return {(c, r) for c, r in ((json.loads(c), json.loads(r)) for c, r in rows) if c and r}


def event_parts(conn: sqlite3.Connection, all_reviews: list[dict], chunk: int = 2000,
                articles: dict[str, dict] | None = None) -> Iterator[EventPart]:
    """``fold_events`` of every event, ``chunk`` groups at a time, in ``event_groups``' order: only one chunk's
    mentions are read (from SQL) and held at once. Groups are whole (closed under judgements), so each part is
    the whole fold's events of its groups, with the same reviews and judgements. ``articles``: as
    ``load_mentions``'s (else each chunk reads its own)."""
    groups = group_ids(conn)
    owner = {m: event_id_of(g[0]) for g in groups for m in g}
    event_ids = {owner[g[0]] for g in groups}
    city_regions = stated_together(conn)

    for i in range(0, len(groups), chunk):
        yield fold_events(read_groups(conn, groups[i:i + chunk], articles), city_regions, all_reviews,
                          load_judgements(conn, "event", mention_ids=[m for g in groups[i:i + chunk] for m in g]),
                          owner_outside=owner.get, exists_outside=event_ids.__contains__)


def name_restaurants(events: list[dict], restaurants: list[dict], restaurant_of: RestaurantFinder | None = None
                     ) -> None:
    """Each event's restaurant in the registry (its id and name) and the label that names it (``restaurant_of``:
    the registry's finder, when the caller names events a part at a time)."""
    names = {r["id"]: r["name"] for r in restaurants}
    restaurant_of = restaurant_of or RestaurantFinder(restaurants)
    for e in events:
        rid = restaurant_of(e)
        e.update(restaurant_id=rid, restaurant=names.get(rid), label=event_label(e, names.get(rid)))


def registry_input(event: dict) -> dict:
    """What the restaurant registry reads of a canonical event (``build_registry``, ``RestaurantFinder``): its
    place, date, type and status, and the workplace each of its mentions names. The serving index keeps this much
    of every event, so a refresh can fold the registry whole without folding every event again."""
    return {"id": event["id"], "type": event["type"], "date": event["date"], "sources": event["sources"],
            "status": event["status"], "place": event["place"], "restaurant_id": event.get("restaurant_id"),
            "restaurant": event.get("restaurant"),
            "mention_list": [{"doc_id": m["doc_id"],
                              "fact": {k: m["fact"][k] for k in ("workplace", "lat", "lon", "place_precision")
                                       if k in m["fact"]}} for m in event["mention_list"]]}


def fold_registry(conn: sqlite3.Connection, events: list[dict], articles: dict[str, dict] | None = None,
                  ) -> list[dict]:
    """The restaurant registry from every restaurant mention and the canonical events (not rejected, in list
    order: by date, then id)."""
    return build_registry([as_mention(m) for m in load_mentions(conn, "restaurant", articles=articles)], events,
                          load_judgements(conn, "restaurant"))


@contextmanager
def without_cycle_collection():
    """The fold makes millions of dicts and lists and no reference cycles; Python's cycle collector would walk
    all of them again at each full collection, a cost that grew faster than the knowledge base (a third of
    ``event_groups`` at 90,000 mentions, a fifth at 30,000). Paused while folding, it runs after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def event_order(e: dict) -> tuple:
    return (e["date"] or "", e["id"])


def fold_knowledge(conn: sqlite3.Connection) -> Knowledge:
    """Everything the knowledge base says, folded once per state of the store (treat the result as read-only).

    Inside a write transaction (which may roll back) and for an in-memory database it is not cached.
    """
    key = state_key(conn)
    cacheable = bool(key[0]) and not conn.in_transaction
    hit = _CACHE.get(key[0]) if cacheable else None
    if hit and hit[0] == key:
        return hit[1]
    with without_cycle_collection():
        kb = _fold_all(conn)
    if cacheable:
        _CACHE[key[0]] = (key, kb)
    return kb


@dataclass
class ClaimPart:
    """Claim groups by frame with people's reviews of single claims applied (rejected claims left out)."""
    groups: list[dict]
    claim_list: dict[str, dict]             # claim id → the claim on its own (rejected ones too)
    reviews: dict[str, list]                # claim id → every review of it, undone ones too
    notes: list[dict]                       # reviews of claims that are gone


def fold_claims(conn: sqlite3.Connection, every_review: list[dict], articles: dict[str, dict] | None = None
                ) -> ClaimPart:
    """Every claim mention with the reviews of it applied, grouped by frame (the whole fold and the serving
    index's refresh both fold claims whole, with this)."""
    mentions = [as_mention(m) for m in load_mentions(conn, "claim", articles=articles)]
    reviews: dict[str, list] = {}
    for r in every_review:
        if r.get("target") == "claim":
            reviews.setdefault(r["event_id"], []).append(r)
    notes: list[dict] = []
    for m in mentions:
        notes += apply_claim_reviews(m, [r for r in reviews.get(m["mention_id"], []) if not r["retracted"]])
    ids = {m["mention_id"] for m in mentions}
    for cid, rs in reviews.items():
        if cid not in ids:     # re-extracted away
            notes += [{"review_id": r["review_id"], "event_id": cid,
                       "problem": f"claim {cid} no longer exists: the review of it does not apply"}
                      for r in rs if not r["retracted"]]
    return ClaimPart(group_claims([m for m in mentions if not m["rejected"]]),
                     {m["mention_id"]: claim_view(m) for m in mentions}, reviews, notes)


def event_reviews(every_review: list[dict]) -> list[dict]:
    """The reviews of events (``kb_reviews`` also holds reviews of claims)."""
    return [r for r in every_review if r.get("target", "event") == "event"]


def _fold_all(conn: sqlite3.Connection) -> Knowledge:
    articles = article_meta(conn)    # read once, shared by every mention of an article
    every_review = load_reviews(conn, active=False)
    all_reviews = event_reviews(every_review)
    events, rejected, judgements, reviews, mentions, notes = [], [], {}, {}, [], []
    targets: dict = {r["review_id"]: None for r in all_reviews}
    for part in event_parts(conn, all_reviews, articles=articles):   # one chunk of mentions held at a time
        events += part.events
        rejected += part.rejected
        judgements.update(part.judgements)
        reviews.update(part.reviews)
        mentions += part.mentions
        notes += part.notes
        targets = part.targets                    # every part's: made from every event's mentions
    event_ids = {eid for _, eid, _ in mentions}
    gone: dict[str, list] = {}
    for r in all_reviews:
        if (targets[r["review_id"]] or r["event_id"]) not in event_ids:
            reviews.setdefault(r["event_id"], []).append(r)
            if not r["retracted"]:
                gone.setdefault(r["event_id"], []).append(r)
    for eid, rs in gone.items():   # the event is gone (re-extracted, or merged under another id)
        notes += [{"review_id": r["review_id"], "event_id": eid,
                   "problem": f"event {eid} no longer exists: the review of it does not apply"} for r in rs]
    events.sort(key=event_order)
    restaurants = fold_registry(conn, events, articles)
    name_restaurants([*events, *rejected], restaurants)
    claims = fold_claims(conn, every_review, articles)
    return Knowledge(events, restaurants, claims.groups, articles, judgements, mentions, rejected, reviews,
                     sorted([*notes, *claims.notes], key=lambda n: n["review_id"]), claims.claim_list,
                     claims.reviews)
