"""Articles as the API and the pages show them: the store's record plus the facts read from it and their spans."""

from __future__ import annotations

import json
import sqlite3

from nkwatch.serve import kb
from nkwatch.store.articles import get_article, list_articles


def search_articles(conn: sqlite3.Connection, q: str | None, *, limit: int, offset: int) -> list[dict]:
    return list_articles(conn, q, limit=limit, offset=offset)


def article_view(conn: sqlite3.Connection, doc_id: str) -> dict | None:
    """The article's metadata and text, what cleaning cut, and each fact with the spans it was read from."""
    a = get_article(conn, doc_id)
    if a is None:
        return None
    meta = a.metadata()
    meta.pop("raw", None)
    meta["cuts"] = [{"start": c.start, "end": c.end, "reason": c.reason} for c in a.cuts]
    facts = kb.article_facts(conn, doc_id)
    for f in facts:
        for s in f.get("spans", []):
            s.setdefault("text", a.text[s["start"]:s["end"]])
    return {**json.loads(json.dumps(meta, default=str)), "text": a.text, "facts": facts}
