"""The API's writes, each a call into the store, then a rebuild of the serving index so the next page shows it.

The Writer is opened per request and closed after it, so a running server never keeps `nkwatch ingest` from
taking the database; the refresher's lock serialises this process's writes.
"""

from __future__ import annotations

import io
import json

from nkwatch.model import content_hash, stable_id
from nkwatch.serve.refresher import IndexRefresher


def _report(report, doc_id: str | None) -> dict:
    if report.errors:
        e = report.errors[0]
        status = "error"
        detail = f"{e.reason}: {e.message}"
    else:
        status, detail = ("stored" if report.stored else "duplicate"), None
    return {"status": status, "doc_id": doc_id if status != "error" else None, "detail": detail,
            "stored": report.stored, "duplicates": report.duplicates}


def ingest_one(refresher: IndexRefresher, body: dict, made_by: str = "person", *, fetcher=None) -> dict:
    """Ingest one URL (fetched with the ingest layer's guards) or one text given as an article record; the journal
    source names the account that sent it: ``api:NAME:URL`` or ``api:NAME:DOC_ID`` (the URL, or ``api:DOC_ID``, in
    the single-token mode). ``fetcher``: the ingest layer's Fetcher (tests pass one with an in-memory transport)."""
    from nkwatch.store.ingestion import Ingestion
    from nkwatch.store.writer import Writer

    with refresher.lock:
        if body.get("url") and not body.get("text"):
            from nkwatch.ingest.sources import iter_source

            url = body["url"]
            source = url if made_by == "person" else f"api:{made_by}:{url}"
            with Writer.for_path(refresher.db, lock_timeout=30) as writer:
                run = Ingestion(writer, [source])
                # always as a URL: a value that is not http(s) is refused by the fetcher, never read as a local path;
                # and fetched again on each request (an API write is not a run to resume)
                run.consume(source, _named(iter_source(url, "url", fetcher=fetcher), url, source))
                report = run.finish()
            doc_id = _doc_of_run(refresher.db, report.run_id)
        else:
            from nkwatch.ingest.sources import iter_jsonl_stream

            record = {k: body.get(k) for k in ("doc_id", "url", "title", "outlet", "published", "text")}
            record["doc_id"] = record["doc_id"] or stable_id("doc", content_hash(record["text"]))
            doc_id = record["doc_id"]
            line = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
            source = f"api:{doc_id}" if made_by == "person" else f"api:{made_by}:{doc_id}"
            with Writer.for_path(refresher.db, lock_timeout=30) as writer:
                run = Ingestion(writer, [source])
                run.consume(source, iter_jsonl_stream(io.BytesIO(line), source))
                report = run.finish()
    out = _report(report, doc_id)
    refresher.refresh(lock_timeout=30)
    return out


def _named(items, url: str, source: str):
    """The items of one URL under the name the journal and the article keep for this write (its account)."""
    for item in items:
        item.source = source
        if item.article is not None and item.article.source == url:
            item.article.source = source
        yield item


def _doc_of_run(db: str, run_id: int | None) -> str | None:
    from nkwatch.store.db import open_reader

    conn = open_reader(db, check=False)  # the server checked the file when it started
    try:
        row = conn.execute("SELECT doc_id FROM journal WHERE run_id = ? AND doc_id IS NOT NULL"
                           " ORDER BY id DESC LIMIT 1", (run_id,)).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def merge(refresher: IndexRefresher, a: str, b: str, reason: str | None, made_by: str | None = None) -> dict:
    from nkwatch.store.views import merge as merge_events

    with refresher.lock:
        out = merge_events(refresher.db, a, b, reason=reason, author=_author(made_by))
    refresher.refresh(lock_timeout=30)
    return out


def split(refresher: IndexRefresher, event_id: str, reason: str | None, made_by: str | None = None,
          mentions: list[str] | None = None) -> dict:
    from nkwatch.store.views import split as split_event

    with refresher.lock:
        out = split_event(refresher.db, event_id, mentions or None, author=_author(made_by))
    refresher.refresh(lock_timeout=30)
    return out


def _author(made_by: str | None) -> str | None:
    """A judgement's author: the account's name; None for the single-token mode (its made_by says "person")."""
    return None if made_by in (None, "person") else made_by


def review(refresher: IndexRefresher, event_id: str, body: dict, made_by: str) -> dict:
    from nkwatch.store.views import review as add_review

    with refresher.lock:
        out = add_review(refresher.db, event_id, body.pop("action"), made_by=made_by, **body)
    refresher.refresh(lock_timeout=30)
    return out


def claim_review(refresher: IndexRefresher, claim_id: str, body: dict, made_by: str) -> dict:
    from nkwatch.store.views import claim_review as add_claim_review

    with refresher.lock:
        out = add_claim_review(refresher.db, claim_id, body.pop("action"), made_by=made_by, **body)
    refresher.refresh(lock_timeout=30)
    return out


def undo_review(refresher: IndexRefresher, review_id: int, made_by: str) -> dict:
    from nkwatch.store.views import undo_review as retract

    with refresher.lock:
        out = retract(refresher.db, review_id, made_by=made_by)
    refresher.refresh(lock_timeout=30)
    return out
