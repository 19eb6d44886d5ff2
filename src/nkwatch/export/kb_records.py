"""What the csv, jsonl, geojson and ftm writers export: the canonical events and the restaurant registry, folded
by the store's own functions, in a stable order (date, then id), with each source article's metadata."""

from __future__ import annotations

from dataclasses import dataclass

from nkwatch.resolve.fold import fold_event
from nkwatch.resolve.restaurants import build_registry
from nkwatch.store.canonical import article_meta, event_groups, load_mentions
from nkwatch.store.db import DbLike, reading


@dataclass
class KnowledgeBaseDump:
    events: list[dict]
    restaurants: list[dict]
    articles: dict[str, dict]   # doc_id → doc_id, outlet, published, url, title, text_group


def _as_dict(m) -> dict:
    return {"mention_id": m.mention_id, "fact": m.fact, "article": m.article}


def load_kb(db: DbLike) -> KnowledgeBaseDump:
    with reading(db) as conn:
        events = [fold_event(eid, [_as_dict(m) for m in ms]) for eid, ms in event_groups(conn)]
        restaurants = build_registry([_as_dict(m) for m in load_mentions(conn, "restaurant")], events)
        articles = article_meta(conn)
    events.sort(key=lambda e: (e["date"] or "", e["id"]))
    return KnowledgeBaseDump(events, restaurants, articles)


def source_docs(event: dict) -> list[str]:
    """The event's source articles in report order, each once."""
    return list(dict.fromkeys(m["doc_id"] for m in event.get("mention_list", [])))


def slot(event: dict, name: str):
    f = (event.get("slots") or {}).get(name)
    return f["value"] if f else None
