"""The serving index refreshed incrementally is the index a whole rebuild writes, row for row, through ingests,
a merge, a split, a review and its undo, a re-extraction; and a refresh after k new articles folds O(k) events.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from kb_fixture import build_kb, records
from nkwatch.ingest.prepare import prepare_record
from nkwatch.model import content_hash
from nkwatch.serve.index import is_stale, refresh_index
from nkwatch.store.articles import insert_article
from nkwatch.store.facts import KnowledgeBase
from nkwatch.store.judgements import merge_restaurants, split_restaurant
from nkwatch.store.views import claim_review, list_claims, list_events, merge, review, split, undo_review
from nkwatch.store.writer import Writer

# every table of the index, in an order that does not depend on how rows were written
TABLES = {
    "serve_events": "SELECT rowid, * FROM serve_events ORDER BY rowid",
    "serve_event_dossiers": "SELECT rowid, dossier FROM serve_event_dossiers ORDER BY rowid",
    "serve_event_registry": "SELECT rowid, data FROM serve_event_registry ORDER BY rowid",
    "serve_event_changes": "SELECT rowid, changed FROM serve_event_changes ORDER BY rowid",
    "serve_event_mentions": "SELECT * FROM serve_event_mentions ORDER BY mention_id, event_id",
    "serve_restaurants": "SELECT * FROM serve_restaurants ORDER BY restaurant_id",
    "serve_restaurant_mentions": "SELECT * FROM serve_restaurant_mentions ORDER BY mention_id",
    "serve_claims": "SELECT * FROM serve_claims ORDER BY group_id",
    "serve_months": "SELECT * FROM serve_months ORDER BY 1, 2",
    "serve_months_by": "SELECT * FROM serve_months_by ORDER BY 1, 2, 3, 4",
    "serve_years_by": "SELECT * FROM serve_years_by ORDER BY 1, 2, 3, 4",
    "serve_places": "SELECT * FROM serve_places ORDER BY 1, 2, 3, 4, 5, 8",
    "count": "SELECT value FROM serve_meta WHERE key = 'events'",
}
QUERIES = ["restaurant", "Qingport", "nine", "xtypedefection", "xtypeclosure", "xcountrycn", "Vientiane",
           "Northvale", "council", "crane"]


def snapshot(db: str) -> dict:
    conn = sqlite3.connect(db)
    try:
        out = {name: conn.execute(sql).fetchall() for name, sql in TABLES.items()}
        for q in QUERIES:
            out[f"fts {q}"] = conn.execute("SELECT rowid FROM serve_events_fts WHERE serve_events_fts MATCH ?"
                                           " ORDER BY rowid", (q,)).fetchall()
        return out
    finally:
        conn.close()


def assert_same_as_rebuild(db: str, tmp_path, expect_incremental: bool = True) -> dict:
    """Refresh ``db`` incrementally, rebuild a copy of it whole, compare every table and some searches."""
    result = refresh_index(db)
    assert result is not None and result["whole"] is (not expect_incremental)
    copy = str(tmp_path / "whole.db")
    src, dst = sqlite3.connect(db), sqlite3.connect(copy)
    try:
        assert not is_stale(src)
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    assert refresh_index(copy, force=True)["whole"]
    a, b = snapshot(db), snapshot(copy)
    assert a.keys() == b.keys()
    for name in a:
        assert a[name] == b[name], name
    assert a["serve_events"], "the index has events"
    return result


def store(db: str, doc_id: str, text: str, record: dict, version: str = "test-1", published="2021-05-02") -> None:
    with Writer(db) as w:
        with w.transaction() as conn:
            a = prepare_record({"doc_id": doc_id, "title": text[:40], "outlet": "Step Post", "published": published,
                                "url": f"https://step.example/{doc_id}", "text": text})
            insert_article(conn, a, canonical_url=a.url, content_hash=content_hash(a.text), text_group=a.doc_id,
                           raw=None, first_seen="2026-02-01T00:00:00Z", run_id=None)
            KnowledgeBase(conn).store(doc_id, {"doc_id": doc_id, **record}, version)


def defection(text: str, city: str, country: str, date: str, count: int, name: str | None = None,
              region: str | None = None) -> dict:
    return {"relevant": True, "events": [
        {"type": "defection", "count": count, "approx": False, "transit": [], "destination": None,
         "workplace": {"kind": "restaurant", "name": name, "city": city, "region": region, "country": country},
         "date": date, "status": "reported", "evidence": [{"start": 0, "end": len(text)}]}],
        "claims": [], "restaurants": [{"name": name, "city": city, "country": country,
                                       "evidence": [{"start": 0, "end": len(text)}]}] if name else []}


@pytest.fixture
def db(tmp_path):
    path = build_kb(tmp_path / "kb.db")
    assert refresh_index(path)["whole"]          # no index yet: built whole
    return path


def test_steps_of_ingest_merge_split_review_undo_and_re_extraction(db, tmp_path):
    # a new report of the fixture's defection (it links), and a new story elsewhere
    t = "Two more waitresses left the Golden Crane in Qingport in February 2019."
    store(db, "s-1", t, defection(t, "Qingport", "CN", "2019-02", 9, "Golden Crane"))
    t2 = "Four workers left a restaurant in Vientiane in May 2018."
    store(db, "s-2", t2, defection(t2, "Vientiane", "LA", "2018-05", 4))
    assert_same_as_rebuild(db, tmp_path)

    # a merge of two events, then its split
    evs = [e for e in list_events(db)["events"] if e["type"] == "defection"]
    assert len(evs) == 2
    merged = merge(db, evs[0]["id"], evs[1]["id"], reason="same women")
    assert_same_as_rebuild(db, tmp_path)
    split(db, merged["event"])
    assert_same_as_rebuild(db, tmp_path)

    # a review, and its undo
    e = next(e for e in list_events(db)["events"] if e["type"] == "closure")
    r = review(db, e["id"], "correct", slot="count", value=5, reason="r")
    assert_same_as_rebuild(db, tmp_path)
    undo_review(db, r["review_id"])
    assert_same_as_rebuild(db, tmp_path)
    rej = review(db, e["id"], "reject", value="not-an-event", reason="r")
    assert_same_as_rebuild(db, tmp_path)
    undo_review(db, rej["review_id"])
    assert_same_as_rebuild(db, tmp_path)

    # a correction that survives re-extraction, and an article re-extracted with other values (the closure gone)
    d = next(e for e in list_events(db)["events"] if e["type"] == "defection" and e["place"].get("city") == "Qingport")
    review(db, d["id"], "correct", slot="city", value="Dandong", reason="r")
    assert_same_as_rebuild(db, tmp_path)
    rec = {k: json.loads(json.dumps(v)) for k, v in records()}
    rec["t-harbour-1"]["events"][0]["count"] = 8
    with Writer(db) as w:
        with w.transaction() as conn:
            kb = KnowledgeBase(conn)
            kb.store("t-harbour-1", {"doc_id": "t-harbour-1", **rec["t-harbour-1"]}, "test-2")
            kb.store("t-hostile-3", {"doc_id": "t-hostile-3", "relevant": False, "events": [], "claims": [],
                                     "restaurants": []}, "test-2")
    assert_same_as_rebuild(db, tmp_path)


def test_a_claim_review_and_its_undo_refresh_the_claim_groups(db, tmp_path):
    def headings():
        return sorted(g["heading"] for g in list_claims(db))
    before = headings()
    source = next(s for g in list_claims(db) for f in g["figures"] for s in f["sources"] if s["said"] == "100")
    r = claim_review(db, source["mention_id"], "correct", slot="scope", value="CN", reason="the officials spoke of China")
    assert assert_same_as_rebuild(db, tmp_path)["claims"] >= 1
    assert "Restaurant count · China · as of 2019" in headings()
    undo_review(db, r["review_id"])
    assert_same_as_rebuild(db, tmp_path)
    assert headings() == before


def test_a_region_stated_with_a_city_elsewhere_changes_events_it_does_not_touch(db, tmp_path):
    """fold_event joins a city and a region only when some source states them together, anywhere: an event
    whose city and region come from two sources changes when a third article, about another event, says both."""
    t = "Three workers left a restaurant in Harbin in March 2021."
    store(db, "r-1", t, defection(t, "Harbin", "CN", "2021-03", 3))
    t2 = "Three staff of a restaurant in Heilongjiang left in March 2021."
    store(db, "r-2", t2, defection(t2, None, "CN", "2021-03", 3, region="Heilongjiang"))
    ids = {e["id"] for e in list_events(db)["events"] if e["date"] == "2021-03"}
    if len(ids) == 2:
        merge(db, *sorted(ids), reason="one story")
    (e,) = [e for e in list_events(db)["events"] if e["date"] == "2021-03"]
    assert e["place"].get("city") == "Harbin" and "region" not in e["place"]
    assert_same_as_rebuild(db, tmp_path)
    t3 = "Seven cooks left a restaurant in Harbin, Heilongjiang in 2023."
    store(db, "r-3", t3, defection(t3, "Harbin", "CN", "2023-01", 7, region="Heilongjiang"))
    assert_same_as_rebuild(db, tmp_path)
    (e,) = [e for e in list_events(db)["events"] if e["date"] == "2021-03"]
    assert e["place"].get("region") == "Heilongjiang"


def test_a_new_restaurant_name_and_people_s_registry_merges_relabel_events(db, tmp_path):
    t = "Five waiters left a restaurant in Northvale, Russia in 2022."
    store(db, "n-1", t, defection(t, "Northvale", "RU", "2022-01", 5))
    assert_same_as_rebuild(db, tmp_path)
    t2 = "The Pine Hall restaurant in Northvale opened in 2015."
    store(db, "n-2", t2, {"relevant": True, "events": [], "claims": [], "restaurants": [
        {"name": "Pine Hall", "city": "Northvale", "country": "RU", "evidence": [{"start": 4, "end": 13}]}]})
    assert_same_as_rebuild(db, tmp_path)
    # people merge two registry entries, and split them again
    t3 = "Six staff of the Cedar Court restaurant in Northvale left in 2023."
    store(db, "n-3", t3, defection(t3, "Northvale", "RU", "2023-02", 6, "Cedar Court"))
    assert_same_as_rebuild(db, tmp_path)
    conn = sqlite3.connect(db)
    ids = sorted(r for (r,) in conn.execute("SELECT restaurant_id FROM serve_restaurants WHERE country = 'RU'"))
    conn.close()
    assert len(ids) == 2
    with Writer(db) as w:
        with w.transaction() as conn:
            merged = merge_restaurants(conn, *ids, reason="one restaurant, two names")
    assert_same_as_rebuild(db, tmp_path)
    with Writer(db) as w:
        with w.transaction() as conn:
            split_restaurant(conn, merged["restaurant"])
    assert_same_as_rebuild(db, tmp_path)


def _stories(start: int, n: int) -> list[tuple[str, str, dict]]:
    out = []
    for i in range(start, start + n):
        city = f"Town{i % 37}"
        t = f"{2 + i % 9} workers left restaurant {i} in {city} on {2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 27:02d}."
        out.append((f"g-{i:05d}", t, defection(t, city, "CN", f"{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 27:02d}",
                                               2 + i % 9, f"Hall {i}")))
    return out


def test_a_refresh_after_k_new_articles_folds_o_of_k_events(tmp_path):
    """Counted, not timed: the refresh folds the new articles' events, not the knowledge base's."""
    db = str(tmp_path / "grow.db")
    with Writer(db) as w:
        with w.transaction() as conn:
            for doc_id, text, rec in _stories(0, 150):
                a = prepare_record({"doc_id": doc_id, "title": text[:30], "outlet": "O", "published": "2020-01-01",
                                    "url": f"https://g.example/{doc_id}", "text": text})
                insert_article(conn, a, canonical_url=a.url, content_hash=content_hash(a.text), text_group=doc_id,
                               raw=None, first_seen="2026-01-01T00:00:00Z", run_id=None)
                KnowledgeBase(conn).store(doc_id, {"doc_id": doc_id, **rec}, "test-1")
    whole = refresh_index(db)
    assert whole["whole"] and whole["events"] >= 120
    folded = {}
    start = 150
    for k in (5, 20):
        for doc_id, text, rec in _stories(start, k):
            store(db, doc_id, text, rec)
        start += k
        result = refresh_index(db)
        assert not result["whole"]
        folded[k] = result
    assert folded[5]["mentions_folded"] <= 3 * 5 and folded[5]["events"] <= 3 * 5
    assert folded[20]["mentions_folded"] <= 3 * 20 and folded[20]["events"] <= 3 * 20
    assert refresh_index(db) is None             # nothing changed since: nothing to do


def test_a_schema_change_rebuilds_whole(db, tmp_path):
    conn = sqlite3.connect(db)
    conn.execute("UPDATE serve_meta SET value = 'old' WHERE key = 'schema'")
    conn.commit()
    assert is_stale(conn)
    conn.close()
    assert refresh_index(db)["whole"]


def test_the_index_written_a_chunk_at_a_time_is_the_all_at_once_fold_s(db):
    """The whole rebuild folds a chunk of event groups at a time and sets them aside: the index it writes is the
    one written from every mention and event held at once (``event_groups`` of everything, folded and named in
    one go, as the fold was before it was chunked), whatever the chunk, with a merge, a review and a rejected event
    in play; ``fold_knowledge`` (chunked too) gives the same events."""
    from nkwatch.serve.index import event_rows, write_index
    from nkwatch.store.canonical import article_meta, event_groups, load_judgements, load_reviews
    from nkwatch.store.knowledge import (event_order, event_reviews, fold_events, fold_knowledge, fold_registry,
                                         name_restaurants, said_together)

    for doc_id, text, rec in _stories(0, 12):
        store(db, doc_id, text, rec)
    evs = [e for e in list_events(db)["events"] if e["type"] == "defection"]
    merge(db, evs[0]["id"], evs[1]["id"], reason="same women")
    review(db, evs[2]["id"], "correct", slot="count", value=5, reason="r")
    review(db, evs[3]["id"], "reject", value="not-an-event", reason="r")
    conn = sqlite3.connect(db)
    groups = event_groups(conn)
    part = fold_events(groups, said_together(m for _, ms in groups for m in ms),
                       event_reviews(load_reviews(conn, active=False)), load_judgements(conn, "event"))
    events = sorted(part.events, key=event_order)
    restaurants = fold_registry(conn, events)
    name_restaurants([*events, *part.rejected], restaurants)
    assert len(events) > 12 and part.rejected and any(part.judgements.values()) and any(part.reviews.values())
    rows = event_rows(conn, events, article_meta(conn), part.judgements, part.reviews)
    kb = fold_knowledge(conn)
    assert (kb.events, kb.rejected, kb.restaurants) == (events, part.rejected, restaurants)
    assert sorted(kb.mentions) == sorted(part.mentions)
    conn.close()
    first = None
    for chunk in (1, 3, 2000):
        with Writer(db) as w:
            with w.transaction() as c:
                assert write_index(c, chunk=chunk)["events"] == len(events)
        conn = sqlite3.connect(db)
        written = conn.execute(
            "SELECT e.*, d.dossier, f.body, r.data FROM serve_events e JOIN serve_event_dossiers d USING (rowid)"
            " JOIN serve_events_fts f ON f.rowid = e.rowid JOIN serve_event_registry r ON r.rowid = e.rowid"
            " ORDER BY e.rowid").fetchall()
        assert written == rows
        assert sorted(conn.execute("SELECT mention_id, event_id, doc_id FROM serve_event_mentions")) == \
            sorted(part.mentions)
        assert conn.execute("SELECT data FROM serve_restaurants ORDER BY rowid").fetchall() == \
            [(json.dumps(r, ensure_ascii=False, default=str),) for r in restaurants]
        conn.close()
        first = first or snapshot(db)
        assert snapshot(db) == first


def test_most_of_the_knowledge_base_changed_rebuilds_whole_and_the_same(db, tmp_path, monkeypatch):
    """Counted, not timed: past half the index's mentions in changes (and WHOLE_AFTER, lowered here), the refresh
    is one whole pass, and writes the index a forced rebuild writes."""
    import nkwatch.serve.index as index

    monkeypatch.setattr(index, "WHOLE_AFTER", 0)
    conn = sqlite3.connect(db)
    mentions = conn.execute("SELECT COUNT(*) FROM serve_event_mentions").fetchone()[0]
    conn.close()
    for doc_id, text, rec in _stories(0, mentions):        # as many new stories as the index has mentions
        store(db, doc_id, text, rec)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM serve_dirty").fetchone()[0] > mentions // 2
    conn.close()
    result = assert_same_as_rebuild(db, tmp_path, expect_incremental=False)
    assert result["events"] >= mentions
    t = "Four workers left a restaurant in Vientiane in May 2018."
    store(db, "s-2", t, defection(t, "Vientiane", "LA", "2018-05", 4))     # one change: followed, not rebuilt
    assert_same_as_rebuild(db, tmp_path)
