"""Batch-level cluster ids for ``nkwatch extract`` (placeholder until the matcher lands)."""

from __future__ import annotations


def assign_clusters(records: list[dict]) -> None:
    """Give every event a ``cluster``; mentions of one real-world event share it."""
    for r in records:
        for i, e in enumerate(r.get("events", [])):
            e.setdefault("cluster", f"{r['doc_id']}#{i}")
