"""Reviews as judgements in the store: confirm, reject, correct, undo (byte for byte in the exports), validation,
conflicts on a stale version, named accounts, and re-extraction keeping the corrections that still apply."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from kb_fixture import build_kb
from nkwatch.export.formats import _WRITERS, _load
from nkwatch.model import ReviewConflict, ReviewRefused
from nkwatch.resolve.reviewed import check_value
from nkwatch.store.accounts import account_for_token, add_user, list_users, revoke_user
from nkwatch.store.facts import KnowledgeBase
from nkwatch.store.views import get_event_dossier, list_events, merge, review, reviews, undo_review
from nkwatch.store.writer import Writer


@pytest.fixture
def db(tmp_path):
    return build_kb(tmp_path / "kb.db")


def _defection(db) -> dict:
    return next(e for e in list_events(db)["events"] if e["type"] == "defection")


def _closure(db) -> dict:
    return next(e for e in list_events(db)["events"] if e["type"] == "closure")


def dump(db, fmt: str) -> str:
    _load()
    out = io.StringIO()
    _WRITERS[fmt](db, out)
    return out.getvalue()


def all_exports(db) -> dict:
    return {fmt: dump(db, fmt) for fmt in ("contract", "jsonl", "csv", "geojson", "ftm", "claims")}


def test_correct_shows_the_reviewed_value_and_keeps_the_extracted_one(db):
    e = _defection(db)
    assert e["count"] == 9
    r = review(db, e["id"], "correct", slot="count", value="11", reason="the ministry's later figure",
               source="t-lantern-2", made_by="ana")
    d = get_event_dossier(db, e["id"])
    assert d["count"] == 11
    slot = d["slots"]["count"]
    assert slot["value"] == 11
    assert slot["extracted"]["value"] == 9
    assert slot["reviewed"]["by"] == "ana" and slot["reviewed"]["on"] == r["created"][:10]
    assert d["reviewed"] is True and d["reviewed_by"] == ["ana"]
    assert [x["reason"] for x in d["reviews"]] == ["the ministry's later figure"]


def test_correct_the_city_moves_the_place(db):
    e = _defection(db)
    review(db, e["id"], "correct", slot="city", value="Dandong", reason="the article names Dandong")
    d = get_event_dossier(db, e["id"])
    assert d["place"]["city"] == "Dandong"
    assert d["slots"]["workplace.city"]["extracted"]["value"] == "Qingport"
    assert d["lat"] is None      # no source places the event in Dandong: no point from Qingport's coordinates


def test_confirm_and_reject_and_rejected_events_are_hidden_but_kept(db):
    e, c = _defection(db), _closure(db)
    review(db, e["id"], "confirm", reason="two outlets", made_by="ana")
    assert get_event_dossier(db, e["id"])["review"]["state"] == "confirmed"
    review(db, c["id"], "reject", value="not-an-event", reason="a renovation, not a closure", made_by="bo")
    ids = [x["id"] for x in list_events(db)["events"]]
    assert c["id"] not in ids and e["id"] in ids
    assert c["id"] in [x["id"] for x in list_events(db, include_rejected=True)["events"]]
    kept = get_event_dossier(db, c["id"])
    assert kept["rejected"] and kept["review"]["rejected_as"] == {"kind": "not-an-event"}
    assert c["id"] not in dump(db, "csv") and c["id"] not in dump(db, "jsonl")


def test_reject_as_duplicate_names_an_existing_event(db):
    e, c = _defection(db), _closure(db)
    with pytest.raises(ReviewRefused, match="duplicate"):
        review(db, c["id"], "reject", value="duplicate", duplicate_of="ev-nope")
    out = review(db, c["id"], "reject", value="duplicate", duplicate_of=e["id"])
    assert out["value"] == {"kind": "duplicate", "of": e["id"]}


def test_undo_restores_every_export_byte_for_byte(db):
    e, c = _defection(db), _closure(db)
    before = all_exports(db)
    made = [review(db, e["id"], "correct", slot="count", value=12, reason="r"),
            review(db, e["id"], "correct", slot="date", value="2019-02-28", reason="r"),
            review(db, e["id"], "correct", slot="country", value="Mongolia", reason="r"),
            review(db, e["id"], "correct", slot="status", value="disputed", reason="r"),
            review(db, e["id"], "confirm"),
            review(db, c["id"], "reject", value="not-relevant")]
    during = all_exports(db)
    assert all(during[f] != before[f] for f in ("jsonl", "csv", "geojson", "ftm"))
    for r in reversed(made):
        undo_review(db, r["review_id"], made_by="ana")
    assert all_exports(db) == before
    assert all(r["retracted"] for r in reviews(db))
    with pytest.raises(ReviewRefused, match="undone already"):
        undo_review(db, made[0]["review_id"])


def test_exports_say_whether_reviewed_and_by_whom(db):
    e = _defection(db)
    review(db, e["id"], "confirm", made_by="ana")
    row = next(r for r in dump(db, "csv").splitlines() if r.startswith(e["id"]))
    assert row.endswith(",True,ana")
    line = next(json.loads(x) for x in dump(db, "jsonl").splitlines() if e["id"] in x and '"kind": "event"' in x)
    assert line["reviewed"] is True and line["reviewed_by"] == ["ana"]
    feat = next(f for f in json.loads(dump(db, "geojson"))["features"] if f["id"] == e["id"])
    assert feat["properties"]["reviewed"] is True and feat["properties"]["reviewed_by"] == "ana"
    ent = next(json.loads(x) for x in dump(db, "ftm").splitlines() if e["id"] in json.loads(x)["id"])
    assert ent["reviewed"] is True and ent["reviewed_by"] == "ana"
    other = next(json.loads(x) for x in dump(db, "jsonl").splitlines() if '"closure"' in x)
    assert other["reviewed"] is False and other["reviewed_by"] == []


@pytest.mark.parametrize("slot, value, words", [
    ("count", "-3", "negative"), ("count", "nine", "whole number"), ("female", True, "whole number"),
    ("count", 10**9, "more than"), ("country", "XX", "not a country"), ("country", "Atlantis", "not a country"),
    ("date", "2019-13-01", "date"), ("date", "3000-01-01", "future"), ("date", "yesterday", "date"),
    ("status", "maybe", "not a status"), ("transit", "CN,Narnia", "not a country"), ("city", "", "give a value"),
    ("colour", "red", "not a slot"),
])
def test_values_a_slot_cannot_hold_are_refused_with_the_reason(db, slot, value, words):
    e = _defection(db)
    with pytest.raises(ReviewRefused, match=words):
        review(db, e["id"], "correct", slot=slot, value=value, reason="r")
    assert reviews(db) == []


def test_a_date_later_today_is_in_the_future_only_after_today():
    today = dt.date(2026, 3, 1)
    assert check_value("date", "2026-03", today=today) == "2026-03"
    with pytest.raises(ReviewRefused, match="future"):
        check_value("date", "2026-03-02", today=today)


def test_a_correction_needs_a_reason_and_a_known_source(db):
    e = _defection(db)
    with pytest.raises(ReviewRefused, match="why"):
        review(db, e["id"], "correct", slot="count", value=3)
    with pytest.raises(ReviewRefused, match="no article"):
        review(db, e["id"], "correct", slot="count", value=3, reason="r", source="nope")
    with pytest.raises(ReviewRefused, match="no event"):
        review(db, "ev-nope", "confirm")


def test_a_stale_version_is_a_conflict_not_an_overwrite(db):
    e = _defection(db)
    seen = get_event_dossier(db, e["id"])["version"]
    review(db, e["id"], "correct", slot="count", value=10, reason="first", expected_version=seen, made_by="ana")
    with pytest.raises(ReviewConflict, match="changed"):
        review(db, e["id"], "correct", slot="count", value=12, reason="second", expected_version=seen, made_by="bo")
    assert get_event_dossier(db, e["id"])["count"] == 10


def test_merge_records_its_author(db, tmp_path):
    from nkwatch.store.judgements import list_judgements

    a = build_kb(tmp_path / "two.db")
    evs = [x for x in list_events(a)["events"] if x["type"] == "defection"]
    assert len(evs) == 1  # the fixture's two reports are one event already: merge it with itself is refused
    with Writer(a) as w:
        with w.transaction() as conn:
            KnowledgeBase(conn).store("t-extra", {"doc_id": "t-extra", "relevant": True, "events": [
                {"type": "defection", "count": 2, "workplace": {"kind": "restaurant", "city": "Vientiane",
                                                                "country": "LA"},
                 "date": "2018-05", "evidence": [{"start": 0, "end": 5}]}], "claims": [], "restaurants": []},
                "test-1")
    evs = [x for x in list_events(a)["events"] if x["type"] == "defection"]
    out = merge(a, evs[0]["id"], evs[1]["id"], reason="same women", author="ana")
    j = [x for x in list_judgements(a) if x["made_by"] == "person"]
    assert j[0]["author"] == "ana" and j[0]["retracted"] is None
    from nkwatch.store.views import split

    split(a, out["event"], author="bo")         # undoes ana's merge: the merge is retracted, by bo
    (j,) = [x for x in list_judgements(a) if x["made_by"] == "person"]
    assert j["retracted"] and j["retracted_by"] == "bo"


def test_re_extraction_keeps_corrections_that_apply_and_reports_those_that_do_not(db):
    e, c = _defection(db), _closure(db)
    review(db, e["id"], "correct", slot="city", value="Dandong", reason="r", made_by="ana")
    review(db, c["id"], "correct", slot="count", value=5, reason="r", made_by="ana")
    from kb_fixture import records

    rec = dict(records())
    new_harbour = json.loads(json.dumps(rec["t-harbour-1"]))
    new_harbour["events"][0]["count"] = 8           # the event stays; its extracted count changes
    with Writer(db) as w:
        with w.transaction() as conn:
            kb = KnowledgeBase(conn)
            kb.store("t-harbour-1", {"doc_id": "t-harbour-1", **new_harbour}, "test-2")
            kb.store("t-hostile-3", {"doc_id": "t-hostile-3", "relevant": False, "events": [], "claims": [],
                                     "restaurants": []}, "test-2")   # the closure is no longer extracted
    now = _defection(db)                    # re-extracting the first report may rename the event: it follows
    d = get_event_dossier(db, now["id"])
    assert d["place"]["city"] == "Dandong"                             # still applies
    problems = reviews(db, problems=True)
    assert [p["event_id"] for p in problems] == [c["id"]]
    assert "no longer exists" in problems[0]["problem"]


def test_a_correction_whose_extracted_value_changed_is_kept_and_noted(db):
    e = _defection(db)
    review(db, e["id"], "correct", slot="count", value=11, reason="r")
    from kb_fixture import records

    rec = {k: json.loads(json.dumps(v)) for k, v in records()}
    for doc in ("t-harbour-1", "t-lantern-2"):
        rec[doc]["events"][0]["count"] = 7
    with Writer(db) as w:
        with w.transaction() as conn:
            kb = KnowledgeBase(conn)
            for doc in ("t-harbour-1", "t-lantern-2"):
                kb.store(doc, {"doc_id": doc, **rec[doc]}, "test-2")
    d = get_event_dossier(db, _defection(db)["id"])
    assert d["count"] == 11 and d["slots"]["count"]["extracted"]["value"] == 7
    (p,) = reviews(db, problems=True)
    assert "was 9 when reviewed and is 7 now" in p["problem"]


def test_accounts_store_only_a_hash_and_revoke_at_once(db):
    made = add_user(db, "ana", "editor")
    assert made["token"].startswith("nkw_")
    import sqlite3

    raw = sqlite3.connect(db).execute("SELECT group_concat(token_hash || salt) FROM accounts").fetchone()[0]
    assert made["token"] not in raw
    assert account_for_token(db, made["token"]) == {"name": "ana", "role": "editor", "revoked": None}
    assert account_for_token(db, made["token"] + "x") is None
    revoke_user(db, "ana")
    assert account_for_token(db, made["token"])["revoked"]
    assert [u["name"] for u in list_users(db)] == ["ana"]
    from nkwatch.model import InputError

    with pytest.raises(InputError):
        add_user(db, "ana", "editor")
    with pytest.raises(InputError):
        add_user(db, "person", "editor")
    with pytest.raises(InputError):
        add_user(db, "cy", "admin")


def test_gold_export_holds_fully_reviewed_articles_and_passes_the_contract_check(db, tmp_path, shared_dir):
    import subprocess
    import sys

    from kb_fixture import ARTICLES

    evs = list_events(db)["events"]
    defection = next(e for e in evs if e["type"] == "defection")
    sanction = next(e for e in evs if e["type"] == "sanction")
    assert dump(db, "gold") == ""                 # nothing reviewed: no gold
    review(db, defection["id"], "correct", slot="count", value=11, reason="r", made_by="ana")
    review(db, defection["id"], "correct", slot="country", value="Mongolia", reason="r", made_by="ana")
    review(db, sanction["id"], "reject", value="not-relevant", made_by="ana")
    gold = [json.loads(x) for x in dump(db, "gold").splitlines()]
    assert [g["doc_id"] for g in gold] == ["t-council-4", "t-harbour-1", "t-lantern-2"]
    council, harbour, lantern = gold
    assert council["events"] == [] and council["relevant"] is False
    for g in (harbour, lantern):
        (e,) = g["events"]
        assert e["count"] == 11 and e["workplace"]["country"] == "MN" and e["cluster"] == defection["id"]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    (tmp_path / "g.jsonl").write_text(dump(db, "gold"))
    r = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "--check", "--articles",
                        str(tmp_path / "a.jsonl"), "--gold", str(tmp_path / "g.jsonl")], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == "no problems", r.stdout + r.stderr
