"""Turn one contract article record into a cleaned Article (placeholder until the cleaning modules land)."""

from __future__ import annotations

from nkwatch.model import Article, BadRecord


def prepare_record(record: dict, *, source: str | None = None, ref: str | None = None) -> Article:
    """A contract article record (``text`` or ``html``) → Article with clean text and cut offsets."""
    if not isinstance(record, dict):
        raise BadRecord("record is not a JSON object", source=source)
    text = record.get("text")
    if not isinstance(text, str):
        text = ""
    return Article(doc_id=str(record.get("doc_id") or ""), text=text, url=record.get("url"),
                   title=record.get("title"), outlet=record.get("outlet"), published=record.get("published"),
                   source=source, source_ref=ref)
