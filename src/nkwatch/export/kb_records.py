"""What the csv, jsonl, geojson, ftm and claims writers export: the canonical events, the restaurant registry and the
claim groups of the store's one fold (store.knowledge), in a stable order (date, then id), with each source
article's metadata."""

from __future__ import annotations

from dataclasses import dataclass

from nkwatch.store.db import DbLike, reading
from nkwatch.store.knowledge import fold_knowledge


@dataclass
class KnowledgeBaseDump:
    events: list[dict]
    restaurants: list[dict]
    claims: list[dict]          # claim groups by frame, people's reviews applied (rejected claims left out)
    articles: dict[str, dict]   # doc_id → doc_id, outlet, published, url, title, text_group


def load_kb(db: DbLike) -> KnowledgeBaseDump:
    """The store's one fold, as the writers read it."""
    with reading(db) as conn:
        kb = fold_knowledge(conn)
    return KnowledgeBaseDump(kb.events, kb.restaurants, kb.claims, kb.articles)


def source_docs(event: dict) -> list[str]:
    """The event's source articles in report order, each once."""
    return list(dict.fromkeys(m["doc_id"] for m in event.get("mention_list", [])))


def slot(event: dict, name: str):
    f = (event.get("slots") or {}).get(name)
    return f["value"] if f else None
