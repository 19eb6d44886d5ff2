"""The serving index kept current by re-folding only the events a change touches.

``serve_dirty`` (filled by the index's triggers) says which articles, mentions and reviews changed. The events to
fold again are the smallest set closed under what the fold reads together:

- an article that changed: its mentions, old (in the index) and current (in the knowledge base);
- a mention: the event it was in (all that event's mentions), and every mention a "same" judgement links it to;
- a review: the mentions it was based on and those of the event it names (it follows them when that event is
  gone), and every review about those events or mentions, undone ones too (the dossier lists them);
- the (city, region) pairs the sources state together are read across the whole knowledge base (fold_event's
  ``city_regions``): when the set changes, the events in those cities too.

On such a set the store's fold gives the same groups as on everything (``event_groups`` on a set closed under
judgements), and ``store.knowledge.fold_events`` folds them with the same rules. The restaurant registry is folded
whole, from every event's registry input kept in the index (``serve_event_registry``) and the restaurant mentions:
a registry entry depends on events anywhere in its country (lifecycle, places named as restaurants), so a subset
would not do; it is cheap beside the events. Events whose restaurant or its name changed with the registry are
folded again too. Claim groups are folded whole (no event depends on them).
"""

from __future__ import annotations

import heapq
import json
import sqlite3
import time
from collections import Counter

from nkwatch.resolve.names import city_key
from nkwatch.resolve.restaurants import RestaurantFinder
from nkwatch.serve.index import (event_rows, finish, insert_events, insert_mentions, record_changes,
                                 write_registry)
from nkwatch.store.canonical import (article_meta, current_versions, event_groups, event_id_of, load_judgements,
                                     load_reviews)
from nkwatch.store.knowledge import (event_order, event_reviews, fold_claims, fold_events, fold_registry,
                                     name_restaurants, said_together, without_cycle_collection)


def _chunks(items, n: int = 500):
    items = sorted(items)
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _in(conn: sqlite3.Connection, sql: str, keys) -> list[tuple]:
    """``sql`` with ``{0}`` (once or more) standing for a list of placeholders, run over ``keys`` in chunks."""
    out = []
    times = sql.count("{")
    for part in _chunks(keys):
        out += conn.execute(sql.format(",".join("?" * len(part))), part * times).fetchall()
    return out


def seeds(conn: sqlite3.Connection) -> tuple[set[str], set[int]]:
    """The mentions and reviews ``serve_dirty`` names: mentions of changed articles (old and current), mentions
    of changed judgements."""
    dirty = conn.execute("SELECT DISTINCT kind, key FROM serve_dirty").fetchall()
    docs = {k for kind, k in dirty if kind == "doc"}
    mentions = {k for kind, k in dirty if kind == "mention"}
    reviews = {int(k) for kind, k in dirty if kind == "review"}
    mentions |= {m for (m,) in _in(conn, "SELECT mention_id FROM serve_event_mentions WHERE doc_id IN ({})", docs)}
    versions = current_versions(conn, docs)
    mentions |= {m for m, d, v in _in(conn, "SELECT mention_id, doc_id, extractor_version FROM kb_mentions"
                                            " WHERE kind = 'event' AND doc_id IN ({})", docs)
                 if versions.get(d, (None,))[0] == v}
    return mentions, reviews


def closure(conn: sqlite3.Connection, mentions: set[str], dirty_reviews: set[int],
            reviews: list[dict]) -> tuple[set[str], set[str]]:
    """(mentions to fold again, the index's events they were in): ``mentions`` closed under old events, "same"
    judgements and reviews (the module's docstring)."""
    done: set[str] = set()
    old: set[str] = set()
    named: set[str] = set()                  # event ids the folded mentions may give
    frontier = set(mentions)
    based = {r["review_id"]: set((r.get("based_on") or {}).get("mentions") or []) for r in reviews}
    waiting = list(reviews)                  # reviews not yet taken in
    while True:
        for r in [r for r in waiting if r["review_id"] in dirty_reviews or r["event_id"] in old
                  or r["event_id"] in named or based[r["review_id"]] & done or based[r["review_id"]] & frontier]:
            waiting.remove(r)
            frontier |= based[r["review_id"]] | _mentions_of(conn, {r["event_id"]})
        frontier -= done
        if not frontier:
            return done, old
        done |= frontier
        named |= {event_id_of(m) for m in frontier}
        found = {e for (e,) in _in(conn, "SELECT DISTINCT event_id FROM serve_event_mentions"
                                         " WHERE mention_id IN ({})", frontier)} - old
        old |= found
        new = {m for (m,) in _in(conn, "SELECT mention_id FROM serve_event_mentions WHERE event_id IN ({})", found)}
        for left, right in _in(conn, "SELECT left_id, right_id FROM kb_judgements WHERE kind = 'event'"
                                     " AND verdict = 'same' AND retracted IS NULL AND left_id IN ({0})"
                                     " UNION SELECT left_id, right_id FROM kb_judgements WHERE kind = 'event'"
                                     " AND verdict = 'same' AND retracted IS NULL AND right_id IN ({0})",
                               frontier):
            new |= {left, right}
        frontier = new - done


def _city_regions(conn: sqlite3.Connection, old: set[str], groups) -> tuple[set, set]:
    """(city, region) pairs stated together: (in the index now, after the events ``old`` give way to ``groups``)."""
    now = Counter({(c, r): n for c, r, n in conn.execute(
        "SELECT city, region, COUNT(*) FROM serve_event_mentions WHERE region IS NOT NULL GROUP BY 1, 2")})
    after = now.copy()
    after.subtract(Counter({(c, r): n for c, r, n in _in(
        conn, "SELECT city, region, COUNT(*) FROM serve_event_mentions WHERE region IS NOT NULL"
              " AND event_id IN ({}) GROUP BY 1, 2", old)}))
    return set(now), {p for p, n in after.items() if n > 0} | said_together(m for _, ms in groups for m in ms)


def update_index(conn: sqlite3.Connection) -> dict:
    """Fold again the events ``serve_dirty`` touches and rewrite their rows; the registry, claims and aggregates
    whole. Call inside a write transaction; the result is the index a whole rebuild would write."""
    with without_cycle_collection():
        return _update(conn)


def _update(conn: sqlite3.Connection) -> dict:
    started = time.perf_counter()
    mentions, dirty_reviews = seeds(conn)
    every_review = load_reviews(conn, active=False)
    reviews = event_reviews(every_review)    # (claims are folded whole, in _write)
    while True:
        todo, old = closure(conn, mentions, dirty_reviews, reviews)
        groups = event_groups(conn, todo)
        before, city_regions = _city_regions(conn, old, groups)
        changed = {city_key(c) for c, _ in before ^ city_regions}
        more = _mentions_of(conn, {e for (e,) in _in(conn, "SELECT event_id FROM serve_events WHERE city IN ({})",
                                                     changed)} - old)
        if more - todo:
            mentions |= more
            continue
        part = fold_events(groups, city_regions, reviews, load_judgements(
            conn, "event", mention_ids={m.mention_id for _, ms in groups for m in ms}),
            owner_outside=lambda mid: None if mid in todo else _owner(conn, mid),
            exists_outside=lambda eid: eid not in old and _exists(conn, eid))
        del groups
        folded = time.perf_counter()
        restaurants = fold_registry(conn, heapq.merge(_kept(conn, old), sorted(part.events, key=event_order),
                                                      key=event_order))
        name_restaurants([*part.events, *part.rejected], restaurants)
        # an event whose restaurant (or its name) the new registry changes is folded again, label and all
        names = {r["id"]: r["name"] for r in restaurants}
        restaurant_of = RestaurantFinder(restaurants)
        moved = {e["id"] for e in _kept(conn, old) if (e["restaurant_id"], e["restaurant"]) !=
                 ((rid := restaurant_of(e)), names.get(rid))}
        if moved:
            mentions |= _mentions_of(conn, moved)
            continue
        registry = time.perf_counter()
        out = _write(conn, part, old, restaurants, len(todo), every_review)
        # where the time went: folding the touched events grows with the change, the registry and the
        # aggregates with the whole knowledge base
        out["seconds"] = {"fold_touched": round(folded - started, 2), "registry_whole": round(registry - folded, 2),
                          "write": round(time.perf_counter() - registry, 2)}
        return out


def _kept(conn: sqlite3.Connection, old: set[str]):
    """The registry input of every event in the index but ``old`` (``registry_input``), in list order, read as
    it is used (it is every event's: not held at once)."""
    for event_id, data in conn.execute("SELECT e.event_id, r.data FROM serve_events e JOIN serve_event_registry r"
                                       " ON r.rowid = e.rowid ORDER BY COALESCE(e.date, ''), e.event_id"):
        if event_id not in old:
            yield json.loads(data)


def _mentions_of(conn: sqlite3.Connection, event_ids: set[str]) -> set[str]:
    return {m for (m,) in _in(conn, "SELECT mention_id FROM serve_event_mentions WHERE event_id IN ({})", event_ids)}


def _write(conn: sqlite3.Connection, part, old: set[str], restaurants: list[dict], folded: int,
           every_review: list[dict]) -> dict:
    gone = [r for (r,) in _in(conn, "SELECT rowid FROM serve_events WHERE event_id IN ({})", old)]
    for t in ("serve_events", "serve_event_dossiers", "serve_events_fts", "serve_event_changes",
              "serve_event_registry"):
        _in(conn, f"DELETE FROM {t} WHERE rowid IN ({{}})", gone)
    _in(conn, "DELETE FROM serve_event_mentions WHERE event_id IN ({})", old)
    articles = article_meta(conn, doc_ids={m["doc_id"] for e in part.events for m in e["mention_list"]})
    rows = event_rows(conn, part.events, articles, part.judgements, part.reviews)
    rowids = insert_events(conn, rows)
    insert_mentions(conn, [*part.events, *part.rejected])
    record_changes(conn, rowids, part.judgements)
    claims = fold_claims(conn, every_review).groups
    write_registry(conn, restaurants, claims)
    finish(conn)
    return {"events": len(rows), "removed": len(gone), "mentions_folded": folded,
            "restaurants": len(restaurants), "claims": len(claims), "whole": False}


def _owner(conn: sqlite3.Connection, mention_id: str) -> str | None:
    row = conn.execute("SELECT event_id FROM serve_event_mentions WHERE mention_id = ?", (mention_id,)).fetchone()
    return row[0] if row else None


def _exists(conn: sqlite3.Connection, event_id: str) -> bool:
    return conn.execute("SELECT 1 FROM serve_event_mentions WHERE event_id = ? LIMIT 1", (event_id,)).fetchone() \
        is not None
