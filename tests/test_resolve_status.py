"""An event's status is what its sources say at their strongest, whatever order their reports arrive in: a later
report that says less never lowers a confirmation, a dispute is shown beside the confirmation it disputes, and the
history lists each status once, from the first report that gives it."""

from __future__ import annotations

import itertools

import pytest
from fastapi.testclient import TestClient

from nkwatch.resolve.fold import fold_event
from kb_fixture import kb_with_records
from nkwatch.serve.app import create_app
from nkwatch.serve.config import load_config


def mention(doc_id: str, published: str, status: str, group: str | None = None) -> dict:
    return {"mention_id": "m-" + doc_id,
            "fact": {"type": "defection", "count": 3, "status": status,
                     "workplace": {"kind": "restaurant", "city": "Xi'an", "country": "CN"}},
            "article": {"doc_id": doc_id, "outlet": doc_id.upper(), "published": published,
                        "text_group": group or doc_id}}


STATUSES = ["reported", "pending", "confirmed", "reported", "reported"]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(STATUSES))))[::7])
def test_a_confirmation_is_never_lowered_by_a_later_report(order):
    days = {i: f"2016-05-{10 + pos:02d}" for pos, i in enumerate(order)}
    e = fold_event("ev-x", [mention(f"d{i}", days[i], s) for i, s in enumerate(STATUSES)])
    assert e["status"] == "confirmed"
    assert e["status_support"] == {"reported": 3, "pending": 1, "confirmed": 1}
    # one entry per status, in the order the reports first give it
    first = sorted(range(len(STATUSES)), key=lambda i: days[i])
    expected = list(dict.fromkeys(STATUSES[i] for i in first))
    assert [h["status"] for h in e["status_history"]] == expected


def test_a_dispute_stands_beside_the_confirmation_and_the_history_does_not_flip():
    alternating = [mention(f"d{i}", f"2016-04-{10 + i:02d}", "confirmed" if i % 2 == 0 else "disputed")
                   for i in range(10)]
    e = fold_event("ev-ningbo", alternating)
    assert e["status"] == "disputed"
    assert e["status_support"] == {"confirmed": 5, "disputed": 5}
    assert [(h["status"], h["doc_id"], h["independent_sources"]) for h in e["status_history"]] == \
        [("confirmed", "d0", 5), ("disputed", "d1", 5)]


def test_reprints_of_one_story_count_once_and_pending_gives_way_to_reported():
    e = fold_event("ev-y", [mention("a", "2016-01-01", "pending"), mention("b", "2016-02-01", "reported", "g"),
                            mention("c", "2016-02-02", "reported", "g")])
    assert e["status"] == "reported" and e["status_support"] == {"pending": 1, "reported": 1}


ARTICLES = [{"doc_id": d, "outlet": o, "published": p, "title": t, "text": t + ". " * 5}
            for d, o, p, t in (("s1", "Early Wire", "2016-05-10", "Three waitresses fled in Xi'an"),
                               ("s2", "Seoul Daily", "2016-05-24", "Seoul confirms three arrived"),
                               ("s3", "Late Review", "2016-06-30", "Three women said to have fled"))]


def record(doc_id: str, status: str) -> dict:
    return {"doc_id": doc_id, "relevant": True, "claims": [], "restaurants": [], "events": [
        {"type": "defection", "count": 3, "female": 3, "date": "2016-05", "status": status, "destination": "KR",
         "workplace": {"kind": "restaurant", "city": "Xi'an", "country": "CN"},
         "evidence": [{"start": 0, "end": 10}]}]}


@pytest.mark.parametrize("arrival", [("s1", "s2", "s3"), ("s3", "s2", "s1"), ("s2", "s3", "s1")])
def test_the_dossier_and_the_status_filter_say_confirmed_in_any_arrival_order(tmp_path, arrival):
    statuses = {"s1": "reported", "s2": "confirmed", "s3": "reported"}
    db = kb_with_records(tmp_path, ARTICLES, [(d, record(d, statuses[d])) for d in arrival])
    app = create_app(load_config(str(db), env={}, refresh_seconds=0))
    with TestClient(app) as client:
        [e] = client.get("/api/events?status=confirmed").json()["items"]
        assert client.get("/api/events?status=reported").json()["items"] == []
        page = client.get(f"/events/{e['id']}").text
        d = client.get(f"/api/events/{e['id']}").json()
    assert d["status"] == "confirmed"
    assert [(h["status"], h["outlet"]) for h in d["status_history"]] == [("reported", "Early Wire"),
                                                                         ("confirmed", "Seoul Daily")]
    assert 'status-confirmed">confirmed</span> <span class="alt">(confirmed by 1 source; reported by 2 sources)' in page
