"""The knowledge base in a real SQLite store: statements, incremental resolution, judgements, views, export."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nkwatch.model import JudgementRefused
from nkwatch.store.facts import KnowledgeBase, extract_and_store, store_extraction
from nkwatch.store.ingestion import ingest
from nkwatch.store.views import (contract_records, get_event_dossier, get_restaurant, list_claims, list_events,
                                 list_restaurants, merge, split)
from nkwatch.store.writer import Writer

ARTICLES = [
    {"doc_id": "n1", "outlet": "Steppe Journal", "published": "2019-07-23", "title": "Nine flee",
     "text": "Nine waitresses fled a restaurant in Ulaanbaatar on July 21, officials confirmed."},
    {"doc_id": "n2", "outlet": "Border Daily", "published": "2019-07-25", "title": "Waitresses gone",
     "text": "Nine North Korean women who worked at the Okryu-gwan left via China, sources said."},
    {"doc_id": "n3", "outlet": "Capital Post", "published": "2019-08-30", "title": "Pyongyang calls it kidnapping",
     "text": "Pyongyang says the nine women from Ulaanbaatar were abducted. The restaurant reopened in August."},
]


def ev(type_, evidence=(0, 10), **kw):
    return {"type": type_, "evidence": [{"start": evidence[0], "end": evidence[1]}], **kw}


RECORDS = {
    "n1": {"doc_id": "n1", "relevant": True, "events": [
        ev("defection", count=9, female=9, workplace={"kind": "restaurant", "city": "Ulaanbaatar", "country": "MN"},
           date="2019-07-21", status="confirmed", destination="KR", lat=47.9, lon=106.9, place_precision="city"),
        ev("closure", workplace={"kind": "restaurant", "name": "Okryu-gwan", "city": "Ulaanbaatar", "country": "MN"},
           date="2019-07", status="reported")],
        "claims": [{"metric": "restaurant_count", "value": 40, "approx": True, "attributed_to": "officials",
                    "evidence": [{"start": 0, "end": 20}]}],
        "restaurants": [{"name": "Okryu-gwan", "city": "Ulaanbaatar", "country": "MN", "lat": 47.9, "lon": 106.9,
                         "place_precision": "city", "evidence": [{"start": 30, "end": 60}]}]},
    "n2": {"doc_id": "n2", "relevant": True, "events": [
        ev("defection", count=9, female=9, transit=["CN"], date="2019-07",
           workplace={"kind": "restaurant", "name": "Okryu-gwan", "country": "MN"}, status="reported")],
        "claims": [{"metric": "restaurant_count", "value": 55, "approx": True, "attributed_to": "a researcher",
                    "evidence": [{"start": 0, "end": 20}]}],
        "restaurants": [{"name": "Pyongyang Okryugwan Restaurant", "city": None, "country": "MN",
                         "evidence": [{"start": 40, "end": 50}]}]},
    "n3": {"doc_id": "n3", "relevant": True, "events": [
        ev("defection", count=9, workplace={"kind": "restaurant", "city": "Ulaanbaatar", "country": "MN"},
           status="disputed"),
        ev("opening", workplace={"kind": "restaurant", "city": "Ulaanbaatar", "country": "MN"}, date="2019-08",
           status="reported")],
        "claims": [{"metric": "restaurant_count", "value": 40, "attributed_to": "ministry",
                    "evidence": [{"start": 0, "end": 20}]}],
        "restaurants": [{"name": None, "city": "Ulaanbaatar", "country": "MN", "evidence": [{"start": 30, "end": 60}]}]},
}


@pytest.fixture
def db(tmp_path) -> Path:
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = tmp_path / "kb.db"
    report = ingest(path, [str(src)], extract=False)
    assert report.stored == len(ARTICLES)
    return path


def store(db, *doc_ids, version="test-1", records=RECORDS):
    with Writer.for_path(db) as w:
        return [store_extraction(w, d, json.loads(json.dumps(records[d])), version) for d in doc_ids]


def snapshot(db) -> dict:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in ("kb_mentions", "kb_statements", "kb_judgements")} | \
            {"kb_extractions": conn.execute("SELECT doc_id, extractor_version, record_hash, seq FROM kb_extractions"
                                            " ORDER BY 1").fetchall()}


def test_every_value_is_a_statement_with_its_span_text_and_version(db):
    store(db, "n1")
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT property, value, original, span_start, span_end, extractor_version"
                            " FROM kb_statements WHERE kind = 'event' AND property = 'workplace.city'").fetchall()
    assert rows == [('workplace.city', '"Ulaanbaatar"', ARTICLES[0]["text"][0:10], 0, 10, "test-1"),
                    ('workplace.city', '"Ulaanbaatar"', ARTICLES[0]["text"][0:10], 0, 10, "test-1")]


def test_storing_the_same_extraction_again_is_a_no_op(db):
    assert store(db, "n1", "n2") == ["stored", "stored"]
    before = snapshot(db)
    assert store(db, "n1", "n2") == ["unchanged", "unchanged"]
    assert snapshot(db) == before


def test_reingesting_the_same_articles_adds_nothing(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = tmp_path / "x.db"
    ingest(path, [str(src)])
    before = snapshot(path)
    assert len(before["kb_extractions"]) == len(ARTICLES)     # every stored article went through extraction
    report = ingest(path, [str(src)])
    assert report.stored == 0 and snapshot(path) == before


def test_a_new_extractor_version_replaces_only_that_versions_statements(db):
    store(db, "n1")
    changed = json.loads(json.dumps(RECORDS))
    changed["n1"]["events"][0]["count"] = 8
    assert store(db, "n1", records=changed) == ["replaced"]
    with sqlite3.connect(db) as conn:
        counts = conn.execute("SELECT value FROM kb_statements WHERE property = 'count'").fetchall()
    assert counts == [("8",)]                      # the old value of that version is gone, not duplicated
    store(db, "n1", version="test-2")
    with sqlite3.connect(db) as conn:
        versions = conn.execute("SELECT DISTINCT extractor_version FROM kb_statements ORDER BY 1").fetchall()
    assert versions == [("test-1",), ("test-2",)]
    [event] = [e for e in list_events(db, {"type": "defection"})["events"]]
    assert event["count"] == 9                     # the newest version is the one read


def test_an_article_added_later_joins_the_existing_event(db):
    store(db, "n1", "n2")
    [before] = list_events(db, {"type": "defection"})["events"]
    assert before["mentions"] == 2
    store(db, "n3")
    [after] = list_events(db, {"type": "defection"})["events"]
    assert after["id"] == before["id"] and after["mentions"] == 3 and after["sources"] == 3
    dossier = get_event_dossier(db, after["id"])
    assert [h["status"] for h in dossier["status_history"]] == ["confirmed", "reported", "disputed"]
    assert dossier["first_reported"]["outlet"] == "Steppe Journal" and dossier["date_precision"] == "day"
    machine = [j for j in dossier["judgements"] if j["made_by"] == "machine" and j["verdict"] == "same"]
    assert len(machine) == 2 and all("count 9 agrees" in j["reason"] for j in machine)
    # each slot keeps its alternatives with their sources
    assert dossier["slots"]["status"] if "status" in dossier["slots"] else True
    assert dossier["slots"]["date"]["value"] == "2019-07-21"
    assert dossier["slots"]["count"]["support"] == 3


def test_merge_then_split_restores_the_previous_state_exactly(db):
    store(db, "n1", "n2", "n3")
    before_events, before_export = list_events(db), contract_records(db)
    closure = next(e for e in before_events["events"] if e["type"] == "closure")
    opening = next(e for e in before_events["events"] if e["type"] == "opening")
    with pytest.raises(JudgementRefused, match="different types"):
        merge(db, closure["id"], opening["id"])
    defection = next(e for e in before_events["events"] if e["type"] == "defection")
    # split the machine-built event apart, then merge it back, then undo that merge
    parts = split(db, defection["id"])["events"]
    assert len(parts) == 3
    after_split = list_events(db)
    merged = merge(db, parts[0], parts[1])["event"]
    assert list_events(db)["total"] == after_split["total"] - 1
    split(db, merged)
    assert list_events(db) == after_split
    with pytest.raises(JudgementRefused, match="single mention"):
        split(db, opening["id"])
    assert before_export != contract_records(db)


def test_merging_two_machine_events_then_splitting_gives_back_the_same_events_and_export(db):
    other = json.loads(json.dumps(RECORDS))
    other["n2"]["events"][0]["count"] = 4        # now the matcher keeps n2's defection apart from n1's
    store(db, "n1", "n2", records=other)
    before, export_before = list_events(db), contract_records(db)
    a, b = [e["id"] for e in before["events"] if e["type"] == "defection"]
    merged = merge(db, a, b)["event"]
    assert merged in (a, b)
    assert [e["mentions"] for e in list_events(db, {"type": "defection"})["events"]] == [2]
    assert len({r["events"][0]["cluster"] for r in contract_records(db)[:2]}) == 1
    split(db, merged)
    assert list_events(db) == before and contract_records(db) == export_before


def test_a_person_judgement_whose_mention_is_gone_after_re_extraction_is_reported_not_dropped(db):
    from nkwatch.resolve.mentions import event_mention_id
    from nkwatch.store.views import judgements

    store(db, "n1", "n2", "n3")
    [event] = list_events(db, {"type": "defection"})["events"]
    n3_mention = event_mention_id("n3", 0)
    split(db, event["id"], [n3_mention])         # a person: n3 tells of another happening
    assert all(j["dangling"] is None for j in judgements(db))
    fewer = json.loads(json.dumps(RECORDS))
    fewer["n3"]["events"] = []                    # version 2 finds no event in n3
    store(db, "n3", version="test-2", records=fewer)
    person = [j for j in judgements(db) if j["made_by"] == "person"]
    assert len(person) == 2 and all(n3_mention in j["dangling"] and "no longer exists" in j["dangling"]
                                    for j in person)


def test_cli_refuses_bad_merges_and_splits_with_a_clear_message(db):
    store(db, "n1", "n3")
    events = list_events(db)["events"]
    closure = next(e for e in events if e["type"] == "closure")
    opening = next(e for e in events if e["type"] == "opening")
    exe = Path(sys.executable).with_name("nkwatch")
    run = lambda *a: subprocess.run([str(exe), "--db", str(db), *a], capture_output=True, text=True)  # noqa: E731
    p = run("merge", closure["id"], opening["id"])
    assert p.returncode == 2 and "cannot merge a closure event" in p.stderr and "Traceback" not in p.stderr
    p = run("split", closure["id"])
    assert p.returncode == 2 and "single mention" in p.stderr
    p = run("event", "ev-nope")
    assert p.returncode == 3 and "no event ev-nope" in p.stderr
    p = run("events", "--json")
    assert p.returncode == 0 and json.loads(p.stdout)["total"] == len(events)


def test_restaurants_resolve_across_spellings_with_coordinates_and_lifecycle(db):
    store(db, "n1", "n2", "n3")
    rows = list_restaurants(db)
    [okryu] = [r for r in rows if r["name"] == "Okryu-gwan"]
    assert okryu["country"] == "MN" and okryu["city"] == "Ulaanbaatar"
    assert (okryu["lat"], okryu["lon"], okryu["precision"]) == (47.9, 106.9, "city")
    assert okryu["sources"] == 3       # the brand spelled two ways and the unnamed mention in the same city
    assert [s["change"] for s in okryu["lifecycle"]] == ["closed", "reopened"]
    assert get_restaurant(db, okryu["id"])["id"] == okryu["id"]


def test_claims_show_corroboration_and_contradiction_with_their_sources(db):
    store(db, "n1", "n2", "n3")
    [group] = list_claims(db, contested=True)
    assert group["metric"] == "restaurant_count" and group["contested"] and group["corroborated"]
    top = group["figures"][0]
    assert top["independent_sources"] == 2
    assert {s["outlet"] for s in top["sources"]} == {"Steppe Journal", "Capital Post"}
    assert [s["attributed_to"] for s in group["figures"][1]["sources"]] == ["a researcher"]


def test_a_failed_extraction_is_recorded_and_the_batch_goes_on(db):
    from nkwatch.store.articles import get_article

    class Broken:
        name, version = "broken", "1"

        def extract(self, article):
            if article.doc_id == "n1":
                raise ValueError("tokenizer exploded")
            return RECORDS[article.doc_id]

    with Writer.for_path(db) as w:
        with w.transaction() as conn:
            kb = KnowledgeBase(conn)
            results = [extract_and_store(kb, get_article(conn, d), Broken()) for d in ("n1", "n2")]
    assert results == ["error", "stored"]
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT doc_id, status, error_message FROM kb_extractions ORDER BY doc_id").fetchall()
        kept = conn.execute("SELECT COUNT(*) FROM articles WHERE doc_id = 'n1'").fetchone()[0]
    assert rows[0][:2] == ("n1", "error") and "tokenizer exploded" in rows[0][2] and kept == 1
    assert [r["doc_id"] for r in contract_records(db)] == ["n1", "n2", "n3"]


def test_refreshing_facts_after_an_extractor_upgrade_replaces_nothing_twice(db):
    from nkwatch.store.facts import refresh_facts

    class Upgraded:
        name, version = "upgraded", "2"

        def extract(self, article):
            return RECORDS[article.doc_id]

    assert refresh_facts(db, Upgraded()) == {"stored": 3}
    assert refresh_facts(db, Upgraded()) == {"skipped": 3}
    assert refresh_facts(db, Upgraded(), only_missing=False) == {"unchanged": 3}
    [e] = list_events(db, {"type": "defection"})["events"]
    assert e["mentions"] == 3


def test_restaurants_are_merged_and_split_by_people_and_undo_restores_the_registry(db):
    store(db, "n1", "n2", "n3")
    before = list_restaurants(db)
    [okryu] = [r for r in before if r["name"] == "Okryu-gwan"]
    assert len(okryu["mentions"]) == 3, "the cityless alias and the unnamed one in its city join the named one"
    # a reviewer: the unnamed restaurant of n3 is another one in the city
    unnamed = next(m["mention_id"] for m in okryu["mentions"] if m["doc_id"] == "n3")
    parts = split(db, okryu["id"], [unnamed])["restaurants"]
    assert len(parts) == 2 and len(list_restaurants(db)) == len(before) + 1
    after_split = list_restaurants(db)
    other = next(r for r in after_split if r["id"] != okryu["id"])
    assert other["name"] is None and other["city"] == "Ulaanbaatar"
    # another reviewer merges them back, and the merge is undone: the split holds again
    merged = merge(db, okryu["id"], other["id"], reason="the same address")
    assert merged["restaurant"] == okryu["id"] and list_restaurants(db) == before
    split(db, okryu["id"])
    assert list_restaurants(db) == after_split
    with pytest.raises(JudgementRefused, match="no restaurant"):
        merge(db, okryu["id"], "rs-nope")


def _kb_db(tmp_path, articles) -> Path:
    src = tmp_path / "more.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    path = tmp_path / "more.db"
    assert ingest(path, [str(src)], extract=False).stored == len(articles)
    return path


LATER_ARTICLES = [
    {"doc_id": "p1", "outlet": "Lagoon Times", "published": "2021-02-10", "title": "Envoy's flight",
     "text": "Former envoy Han Sol-mi fled her post in Lisbon in 2019, officials said."},
    {"doc_id": "p2", "outlet": "Harbour Wire", "published": "2021-02-12", "title": "Han speaks",
     "text": "Han Sol Mi, who defected, spoke to reporters on Friday about her escape."},
]
LATER_RECORDS = {
    "p1": {"doc_id": "p1", "relevant": True, "events": [
        ev("defection", count=1, date="2019", workplace={"kind": "embassy", "city": "Lisbon", "country": "PT"},
           participants=["Han Sol-mi"], status="confirmed")]},
    "p2": {"doc_id": "p2", "relevant": True, "events": [
        ev("defection", count=1, participants=["Han Sol Mi"], status="confirmed")]},
}


def test_a_new_writer_links_as_the_one_that_read_the_first_report(tmp_path):
    """What the resolver reads of a stored report (a named participant) survives in the store: a writer opened later
    links the next report to it, as the writer that stored it would have."""
    path = _kb_db(tmp_path, LATER_ARTICLES)
    store(path, "p1", records=LATER_RECORDS)      # one writer
    store(path, "p2", records=LATER_RECORDS)      # another: its resolver is read back from the store
    [event] = [e for e in list_events(path, {})["events"]]
    assert event["mentions"] == 2 and event["sources"] == 2
    with sqlite3.connect(path) as conn:
        [(reason,)] = conn.execute("SELECT reason FROM kb_judgements WHERE verdict = 'same'").fetchall()
    assert "participant Han Sol Mi named by both" in reason
