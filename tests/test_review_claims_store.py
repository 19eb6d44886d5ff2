"""Reviews of single claims in the store: a correction moves the claim to the group of its new frame and the groups'
agreement is computed again; a rejected claim leaves groups and exports but is kept; undo gives back the exports
byte for byte; bad values and stale versions are refused with the reason and record nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from kb_fixture import build_kb
from nkwatch.model import ReviewConflict, ReviewRefused
from nkwatch.resolve.reviewed_claims import check_claim_value
from nkwatch.store.views import (claim_review, get_claim, list_claims, list_events, rejected_claims, review,
                                 reviews, undo_review)
from test_review_store import all_exports, dump


@pytest.fixture
def db(tmp_path):
    return build_kb(tmp_path / "kb.db")


def _claim(db, value) -> dict:
    """The claim whose extracted figure is ``value`` (the fixture has "about 130" and "about 100" restaurants)."""
    return next(s | {"value": f["value"], "group": g} for g in list_claims(db) for f in g["figures"]
                for s in f["sources"] if f["value"] == value)


def _headings(db) -> dict[str, bool]:
    return {g["heading"]: g["contested"] for g in list_claims(db)}


def test_the_fixture_has_one_contested_world_group(db):
    assert _headings(db) == {"Restaurant count · world · as of 2019": True}


def test_correcting_the_scope_moves_the_claim_to_its_new_group_and_settles_the_contest(db):
    c = _claim(db, 100)
    r = claim_review(db, c["mention_id"], "correct", slot="scope", value="China",
                     reason="the officials spoke of China only", made_by="ana")
    assert r["claim_id"] == c["mention_id"] and r["value"] == "CN"
    assert _headings(db) == {"Restaurant count · world · as of 2019": False,
                             "Restaurant count · China · as of 2019": False}
    china = next(g for g in list_claims(db) if g["country"] == "CN")
    src = china["figures"][0]["sources"][0]
    assert src["mention_id"] == c["mention_id"]
    assert src["corrections"]["scope"]["extracted"] == "world"
    assert src["corrections"]["scope"]["by"] == "ana" and src["corrections"]["scope"]["on"] == r["created"][:10]
    assert china["reviewed"] and china["reviewed_by"] == ["ana"]
    world = next(g for g in list_claims(db) if g["country"] is None)
    assert not world["reviewed"] and [f["value"] for f in world["figures"]] == [130]


def test_a_corrected_value_can_settle_a_contest_and_another_can_make_one(db):
    c = _claim(db, 130)
    claim_review(db, c["mention_id"], "correct", slot="value", value="100", reason="misread 130 for 100")
    [g] = list_claims(db)
    assert not g["contested"] and g["corroborated"]          # both sources now give 100: one figure, two sources
    assert [len(f["sources"]) for f in g["figures"]] == [2]
    moved = get_claim(db, c["mention_id"])
    assert moved["value"] == 100 and moved["corrections"]["value"]["extracted"]["value"] == 130
    claim_review(db, c["mention_id"], "correct", slot="value", value="300-320", reason="the think tank's range")
    [g] = list_claims(db)
    assert g["contested"]
    assert get_claim(db, c["mention_id"])["value_max"] == 320
    # the second correction of the same part still knows what the extractor read
    assert get_claim(db, c["mention_id"])["corrections"]["value"]["extracted"]["value"] == 130


def test_metric_period_and_as_of_move_the_claim_too(db):
    c = _claim(db, 130)
    claim_review(db, c["mention_id"], "correct", slot="metric", value="Host countries", reason="r")
    claim_review(db, c["mention_id"], "correct", slot="year", value="2016", reason="the estimate is of 2016")
    claim_review(db, c["mention_id"], "correct", slot="period", value="per year", reason="r")
    got = get_claim(db, c["mention_id"])
    assert (got["metric"], got["year"], got["period"], got["as_of"], got["as_of_from"]) == \
        ("host_country_count", "2016", "year", "2016", "text")
    assert "Host countries · world · per year · in 2016" in _headings(db)


def test_a_rejected_claim_leaves_groups_and_exports_but_is_kept(db):
    c = _claim(db, 100)
    claim_review(db, c["mention_id"], "reject", value="misread", made_by="bo")
    assert _headings(db) == {"Restaurant count · world · as of 2019": False}
    assert all(c["mention_id"] not in dump(db, fmt) for fmt in ("jsonl", "claims"))
    [kept] = rejected_claims(db)
    assert kept["claim_id"] == c["mention_id"] and kept["group_id"] is None
    assert kept["review"]["rejected_as"] == {"kind": "misread"} and kept["review"]["by"] == "bo"
    assert kept["review"]["reason"] == "misread"       # a rejection without a reason says what kind it is


def test_undo_gives_back_every_export_byte_for_byte(db):
    before = all_exports(db)
    a, b = _claim(db, 100), _claim(db, 130)
    r1 = claim_review(db, a["mention_id"], "correct", slot="scope", value="CN", reason="r", made_by="ana")
    r2 = claim_review(db, b["mention_id"], "correct", slot="value", value="50,000–60,000", reason="r")
    r3 = claim_review(db, b["mention_id"], "reject", value="not-relevant")
    during = all_exports(db)
    assert during["claims"] != before["claims"] and during["jsonl"] != before["jsonl"]
    for r in (r3, r1, r2):
        undo_review(db, r["review_id"], made_by="ana")
    assert all_exports(db) == before


@pytest.mark.parametrize("action, slot, value, words", [
    ("correct", "value", "-3", "negative"),
    ("correct", "value", -3, "negative"),
    ("correct", "value", "60-50", "low to high"),
    ("correct", "value", "lots", "must be a number"),
    ("correct", "value", 10 ** 15, "more than any figure"),
    ("correct", "value", True, "must be a number"),
    ("correct", "metric", "happiness", "not a metric"),
    ("correct", "scope", "XQ", "not a country"),
    ("correct", "period", "weekly", "not a period"),
    ("correct", "as_of", "2999", "future"),
    ("correct", "as_of", "2019-02-30", "date"),
    ("correct", "colour", "red", "not a part of a claim"),
    ("reject", None, "boring", "not a reason"),
    ("confirm", None, None, "not a review action"),
])
def test_values_a_claim_cannot_hold_are_refused_with_the_reason_and_nothing_is_written(db, action, slot, value,
                                                                                      words):
    c = _claim(db, 100)
    with pytest.raises(ReviewRefused) as e:
        claim_review(db, c["mention_id"], action, slot=slot, value=value, reason="r")
    assert words in e.value.message
    assert reviews(db) == []


def test_values_are_normalised():
    assert check_claim_value("value", "50,000–60,000") == {"value": 50000, "value_max": 60000}
    assert check_claim_value("value", [12, 12]) == {"value": 12, "value_max": None}
    assert check_claim_value("value", {"value": 1.5e6, "value_max": None}) == {"value": 1500000, "value_max": None}
    assert check_claim_value("value", "0") == {"value": 0, "value_max": None}
    assert check_claim_value("scope", "Worldwide") == "world" and check_claim_value("scope", "khm") == "KH"
    assert check_claim_value("period", "in total") == "cumulative" and check_claim_value("period", "none") is None
    assert check_claim_value("metric", "defector_arrivals") == "defector_arrivals"
    with pytest.raises(ReviewRefused):
        check_claim_value("as_of", "2026-12-31", today=dt.date(2026, 12, 30))


def test_a_correction_needs_a_reason_and_an_unknown_claim_is_refused(db):
    c = _claim(db, 100)
    with pytest.raises(ReviewRefused, match="say why"):
        claim_review(db, c["mention_id"], "correct", slot="value", value="90")
    with pytest.raises(ReviewRefused) as e:
        claim_review(db, "cm-nope", "reject", value="misread")
    assert e.value.source == "claim"
    ev = next(iter(list_claims(db)))["id"]
    with pytest.raises(ReviewRefused):         # a group id is not a claim's
        claim_review(db, ev, "reject", value="misread")


def test_a_stale_version_is_a_conflict_and_nothing_is_applied_over_it(db):
    c = _claim(db, 100)
    seen = c["version"]
    claim_review(db, c["mention_id"], "correct", slot="value", value="105", reason="r", expected_version=seen)
    with pytest.raises(ReviewConflict, match="changed"):
        claim_review(db, c["mention_id"], "correct", slot="value", value="120", reason="r", expected_version=seen)
    assert get_claim(db, c["mention_id"])["value"] == 105


def test_the_history_of_a_claim_and_the_log_of_all_reviews(db):
    c = _claim(db, 100)
    r1 = claim_review(db, c["mention_id"], "correct", slot="scope", value="CN", reason="china", made_by="ana")
    undo_review(db, r1["review_id"], made_by="bo")
    r2 = claim_review(db, c["mention_id"], "reject", value="not-a-claim", reason="a menu price", made_by="ana")
    event_id = list_events(db)["events"][0]["id"]
    review(db, event_id, "confirm", made_by="ana")
    history = get_claim(db, c["mention_id"])["reviews"]
    assert [(h["review_id"], h["action"], h["made_by"], h["retracted_by"]) for h in history] == \
        [(r2["review_id"], "reject", "ana", None), (r1["review_id"], "correct", "ana", "bo")]
    assert all(h["target"] == "claim" and h["claim_id"] == c["mention_id"] for h in history)
    log = reviews(db)
    assert [x["target"] for x in log] == ["event", "claim", "claim"]
    assert [x["target"] for x in reviews(db, event_id=event_id)] == ["event"]


def test_the_gold_export_carries_the_claim_reviews(db):
    from nkwatch.store.views import gold_records

    defection = next(e for e in list_events(db)["events"] if e["type"] == "defection")
    review(db, defection["id"], "confirm")          # both fixture articles with claims report this one event
    a, b = _claim(db, 130), _claim(db, 100)
    claim_review(db, a["mention_id"], "correct", slot="value", value="120–140", reason="the range the study gives")
    claim_review(db, b["mention_id"], "reject", value="not-relevant")
    gold = {r["doc_id"]: r for r in gold_records(db)}
    [harbour] = gold["t-harbour-1"]["claims"]
    assert (harbour["value"], harbour["value_max"], harbour["approx"]) == (120, 140, True)
    assert gold["t-lantern-2"]["claims"] == []


def test_re_extraction_keeps_claim_corrections_and_reports_those_that_no_longer_apply(db):
    import json

    from kb_fixture import records
    from nkwatch.store.facts import KnowledgeBase
    from nkwatch.store.writer import Writer

    a, b = _claim(db, 130), _claim(db, 100)
    claim_review(db, a["mention_id"], "correct", slot="scope", value="KH", reason="r", made_by="ana")
    fig = claim_review(db, a["mention_id"], "correct", slot="value", value="135", reason="r", made_by="ana")
    claim_review(db, b["mention_id"], "correct", slot="value", value="105", reason="r", made_by="ana")
    rec = dict(records())
    harbour = json.loads(json.dumps(rec["t-harbour-1"]))
    harbour["claims"][0]["value"] = 140             # the claim stays (same article, same place); its value changes
    lantern = json.loads(json.dumps(rec["t-lantern-2"]))
    lantern["claims"] = []                          # this claim is no longer extracted
    with Writer(db) as w:
        with w.transaction() as conn:
            kb = KnowledgeBase(conn)
            kb.store("t-harbour-1", {"doc_id": "t-harbour-1", **harbour}, "test-2")
            kb.store("t-lantern-2", {"doc_id": "t-lantern-2", **lantern}, "test-2")
    kept = get_claim(db, a["mention_id"])
    assert (kept["scope"], kept["value"]) == ("KH", 135)       # both corrections still apply
    assert kept["corrections"]["value"]["extracted"]["value"] == 140
    assert get_claim(db, b["mention_id"]) is None
    problems = {r["review_id"]: r["problem"] for r in reviews(db, problems=True)}
    assert len(problems) == 2
    assert problems[fig["review_id"]] == (f"the extracted value of claim {a['mention_id']} was 130 when reviewed "
                                          "and is 140 now; the reviewed value 135 still applies")
    gone = [p for rid, p in problems.items() if rid != fig["review_id"]]
    assert gone == [f"claim {b['mention_id']} no longer exists: the review of it does not apply"]
