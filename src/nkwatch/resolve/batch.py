"""Batch-level cluster ids for ``nkwatch extract``: the incremental resolver run over the batch in order."""

from __future__ import annotations

from nkwatch.model import stable_id
from nkwatch.resolve.events import EventResolver
from nkwatch.resolve.mentions import EventMention


def mentions_of(record: dict, *, published: str | None = None, source_group: str | None = None) -> list[EventMention]:
    """The event mentions of one extraction record (its article's publication date, when known, helps matching)."""
    doc_id = str(record.get("doc_id") or "")
    published = published or record.get("published")
    return [EventMention.from_event(e, doc_id, i, published=published, source_group=source_group)
            for i, e in enumerate(record.get("events") or []) if isinstance(e, dict)]


def assign_clusters(records: list[dict], articles: dict[str, dict] | None = None,
                    source_groups: dict[str, str] | None = None) -> None:
    """Give every event a ``cluster``; mentions of one real-world event share it.

    ``articles`` (doc_id → article record) adds publication dates, which place undated mentions in time;
    ``source_groups`` (doc_id → id of the first copy, e.g. from ingest's NearDuplicateIndex) marks reprints of
    one wire story, which then match each other more readily.
    The cluster id is derived from the first mention of the event, so it does not depend on later articles.
    """
    # Only links matter here: near-misses (unsure judgements) are for the store, where a person reviews them.
    resolver = EventResolver(near_misses=False)
    placed: list[tuple[dict, EventMention]] = []
    for r in records:
        meta = (articles or {}).get(r.get("doc_id"), {})
        ms = mentions_of(r, published=meta.get("published"),
                         source_group=(source_groups or {}).get(r.get("doc_id")))
        resolver.add_article(ms)
        events = [e for e in r.get("events") or [] if isinstance(e, dict)]
        placed.extend(zip(events, ms))
    for event, m in placed:
        anchor = resolver.cluster_of(m.mention_id).first
        event["cluster"] = stable_id("ev", anchor.mention_id)
