"""A small knowledge base for the serve, UI and export tests: invented articles (none from the dev set), their
extraction records stored through the store's own functions, so every page has something real to show.

Build it with ``build_kb(path)``; it returns the path. The hostile title is there on purpose (XSS tests).
"""

from __future__ import annotations

import json
from pathlib import Path

from nkwatch.ingest.prepare import prepare_record
from nkwatch.model import content_hash
from nkwatch.store.articles import insert_article
from nkwatch.store.facts import KnowledgeBase, store_extraction
from nkwatch.store.ingestion import ingest
from nkwatch.store.writer import Writer

HOSTILE_TITLE = '<script>window.__xss = 1</script><img src=x onerror="window.__xss=2"> Harbour diner closes'

ARTICLES = [
    {"doc_id": "t-harbour-1", "outlet": "Harbour Times", "published": "2019-03-04", "url": "https://harbour.example/a1",
     "title": "Nine waitresses leave the Golden Crane in Qingport",
     "text": "QINGPORT — Nine waitresses from the Golden Crane restaurant in Qingport left their posts last week, "
             "according to people familiar with the matter. The state-run eatery is one of about 130 such "
             "restaurants abroad, a think tank estimates."},
    {"doc_id": "t-lantern-2", "outlet": "Lantern Daily", "published": "2019-03-09", "url": "https://lantern.example/b2",
     "title": "Ministry confirms nine restaurant workers arrived",
     "text": "The ministry confirmed on Friday that nine women who worked at the Golden Crane restaurant in "
             "Qingport arrived safely. Officials put the number of such restaurants at about 100."},
    {"doc_id": "t-hostile-3", "outlet": "Wire <b>Service</b>", "published": "2020-07-15",
     "url": "javascript:alert(1)", "title": HOSTILE_TITLE,
     "text": "The Blue Pine restaurant in Eastbay shut its doors in June 2020, staff said. "
             "<script>alert('text')</script> Its workers were sent home."},
    {"doc_id": "t-council-4", "outlet": "Council Record", "published": "2017-08-06", "url": "https://council.example/c",
     "title": "Council adopts new measures on overseas earnings",
     "text": "The council adopted resolution 9999 on 5 August 2017, barring new work permits for such workers."},
]

# (doc_id, extraction record) — evidence offsets are computed from the quoted words.
def _span(text: str, words: str) -> dict:
    i = text.index(words)
    return {"start": i, "end": i + len(words)}


def records() -> list[tuple[str, dict]]:
    t = {a["doc_id"]: a["text"] for a in ARTICLES}
    return [
        ("t-harbour-1", {"relevant": True, "events": [
            {"type": "defection", "count": 9, "female": 9, "approx": False, "transit": [], "destination": None,
             "workplace": {"kind": "restaurant", "name": "Golden Crane", "city": "Qingport", "region": None,
                           "country": "CN"}, "date": "2019-02", "status": "reported",
             "lat": 36.07, "lon": 120.38, "place_precision": "city",
             "evidence": [_span(t["t-harbour-1"], "Nine waitresses from the Golden Crane restaurant in Qingport "
                                                  "left their posts last week")]}],
         "claims": [{"metric": "restaurant_count", "value": 130, "approx": True, "attributed_to": "a think tank",
                     "evidence": [_span(t["t-harbour-1"], "about 130 such restaurants abroad")]}],
         "restaurants": [{"name": "Golden Crane", "city": "Qingport", "country": "CN", "lat": 36.07, "lon": 120.38,
                          "place_precision": "city",
                          "evidence": [_span(t["t-harbour-1"], "Golden Crane restaurant in Qingport")]}]}),
        ("t-lantern-2", {"relevant": True, "events": [
            {"type": "defection", "count": 9, "female": 9, "approx": False, "transit": [], "destination": "KR",
             "workplace": {"kind": "restaurant", "name": "Golden Crane", "city": "Qingport", "region": None,
                           "country": "CN"}, "date": "2019-02", "status": "confirmed",
             "lat": 36.07, "lon": 120.38, "place_precision": "city",
             "evidence": [_span(t["t-lantern-2"], "nine women who worked at the Golden Crane restaurant in "
                                                  "Qingport arrived safely")]}],
         "claims": [{"metric": "restaurant_count", "value": 100, "approx": True, "attributed_to": "Officials",
                     "evidence": [_span(t["t-lantern-2"], "about 100")]}],
         "restaurants": [{"name": "Golden Crane", "city": "Qingport", "country": "CN", "lat": 36.07, "lon": 120.38,
                          "place_precision": "city",
                          "evidence": [_span(t["t-lantern-2"], "Golden Crane restaurant in Qingport")]}]}),
        ("t-hostile-3", {"relevant": True, "events": [
            {"type": "closure", "workplace": {"kind": "restaurant", "name": "Blue Pine", "city": "Eastbay",
                                              "region": None, "country": "KH"},
             "date": "2020-06", "status": "confirmed", "lat": 11.56, "lon": 104.92, "place_precision": "region",
             "evidence": [_span(t["t-hostile-3"], "The Blue Pine restaurant in Eastbay shut its doors in June 2020")]}],
         "claims": [],
         "restaurants": [{"name": "Blue Pine", "city": "Eastbay", "country": "KH", "lat": 11.56, "lon": 104.92,
                          "place_precision": "region",
                          "evidence": [_span(t["t-hostile-3"], "Blue Pine restaurant in Eastbay")]}]}),
        ("t-council-4", {"relevant": True, "events": [
            {"type": "sanction", "issuer": "UN", "instrument": "UNSCR 9999", "date": "2017-08-05",
             "workplace": {"kind": None, "name": None, "city": None, "region": None, "country": None},
             "evidence": [_span(t["t-council-4"], "The council adopted resolution 9999 on 5 August 2017")]}],
         "claims": [], "restaurants": []}),
    ]


def build_kb(path: str | Path) -> str:
    """A migrated database with the articles above, their facts, and (once served) the serving index."""
    with Writer(path) as w:
        with w.transaction() as conn:
            for rec in ARTICLES:
                a = prepare_record(dict(rec))
                # Ingestion strips tags from titles; the UI must not rely on that, so the raw title goes in.
                a.title, a.outlet = rec["title"], rec["outlet"]
                insert_article(conn, a, canonical_url=rec["url"], content_hash=content_hash(a.text),
                               text_group=a.doc_id, raw=str(rec), first_seen="2026-01-01T00:00:00Z", run_id=None)
            kb = KnowledgeBase(conn)
            for doc_id, record in records():
                kb.store(doc_id, {"doc_id": doc_id, **record}, "test-1")
    return str(path)


def kb_with_records(folder: Path, articles: list[dict], records: list[tuple[str, dict]]) -> Path:
    """A database of ``articles`` (ingested, not extracted) whose facts are the hand-written extraction ``records``
    (doc_id, record), stored in that order through the store's own function: for tests that need exact facts."""
    src = folder / "a.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = folder / "kb.db"
    ingest(db, [str(src)], extract=False)
    with Writer.for_path(db) as w:
        for doc_id, rec in records:
            store_extraction(w, doc_id, rec, "test-1")
    return db
