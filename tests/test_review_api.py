"""Reviews and accounts through the API: an editor reviews and undoes, a reader is refused (403), a revoked token is
refused (401), a bad value is 422, a stale version 409; every write records the account that made it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from kb_fixture import build_kb
from nkwatch.serve.app import create_app
from nkwatch.serve.config import load_config
from nkwatch.store.accounts import add_user, revoke_user

TOKEN = "single-token-7a1"


@pytest.fixture
def setup(tmp_path):
    db = build_kb(tmp_path / "kb.db")
    ana = add_user(db, "ana", "editor")["token"]
    rea = add_user(db, "rea", "reader")["token"]
    app = create_app(load_config(db, env={"NKWATCH_TOKEN": TOKEN}, refresh_seconds=0))
    with TestClient(app) as c:
        yield c, db, {"ana": {"Authorization": f"Bearer {ana}"}, "rea": {"Authorization": f"Bearer {rea}"},
                      "single": {"Authorization": f"Bearer {TOKEN}"}}


def _defection(c) -> dict:
    return next(e for e in c.get("/api/events").json()["items"] if e["type"] == "defection")


def test_an_editor_corrects_and_undoes_and_the_dossier_says_who(setup):
    c, _, auth = setup
    e = _defection(c)
    d = c.get(f"/api/events/{e['id']}").json()
    r = c.post(f"/api/events/{e['id']}/reviews", headers=auth["ana"],
               json={"action": "correct", "slot": "count", "value": 11, "reason": "ministry figure",
                     "expected_version": d["version"]})
    assert r.status_code == 201, r.text
    after = c.get(f"/api/events/{e['id']}").json()
    assert after["count"] == 11 and after["slots"]["count"]["extracted"]["value"] == 9
    assert after["slots"]["count"]["reviewed"]["by"] == "ana"
    assert [(x["made_by"], x["reason"]) for x in after["reviews"]] == [("ana", "ministry figure")]
    listed = c.get("/api/reviews", params={"event": e["id"]}).json()["items"]
    assert [x["review_id"] for x in listed] == [r.json()["review_id"]]
    u = c.delete(f"/api/reviews/{r.json()['review_id']}", headers=auth["ana"])
    assert u.status_code == 200 and u.json()["retracted_by"] == "ana"
    assert c.get(f"/api/events/{e['id']}").json()["version"] == d["version"]
    assert c.delete(f"/api/reviews/{r.json()['review_id']}", headers=auth["ana"]).status_code == 409


def test_a_reader_cannot_write(setup):
    c, _, auth = setup
    e = _defection(c)
    r = c.post(f"/api/events/{e['id']}/reviews", headers=auth["rea"], json={"action": "confirm"})
    assert r.status_code == 403 and "reader" in r.json()["detail"]
    assert c.post("/api/merge", headers=auth["rea"], json={"a": e["id"], "b": e["id"]}).status_code == 403
    assert c.get("/api/reviews").json()["items"] == []


def test_a_revoked_token_stops_at_once(setup):
    c, db, auth = setup
    e = _defection(c)
    assert c.post(f"/api/events/{e['id']}/reviews", headers=auth["ana"], json={"action": "confirm"}).status_code == 201
    revoke_user(db, "ana")
    r = c.post(f"/api/events/{e['id']}/reviews", headers=auth["ana"], json={"action": "confirm"})
    assert r.status_code == 401 and "revoked" in r.json()["detail"]
    bad = c.post(f"/api/events/{e['id']}/reviews", headers={"Authorization": "Bearer nkw_nope"},
                 json={"action": "confirm"})
    assert bad.status_code == 401


def test_the_single_token_still_works_as_person(setup):
    c, _, auth = setup
    e = _defection(c)
    r = c.post(f"/api/events/{e['id']}/reviews", headers=auth["single"], json={"action": "confirm"})
    assert r.status_code == 201 and r.json()["made_by"] == "person"


@pytest.mark.parametrize("body, words", [
    ({"action": "correct", "slot": "count", "value": -3, "reason": "r"}, "negative"),
    ({"action": "correct", "slot": "country", "value": "XQ", "reason": "r"}, "not a country"),
    ({"action": "correct", "slot": "date", "value": "2999-01", "reason": "r"}, "future"),
    ({"action": "correct", "slot": "date", "value": "2019-02-30", "reason": "r"}, "date"),
    ({"action": "reject", "value": "boring"}, "not a reason"),
])
def test_values_a_slot_cannot_hold_are_422_with_the_reason(setup, body, words):
    c, _, auth = setup
    e = _defection(c)
    r = c.post(f"/api/events/{e['id']}/reviews", headers=auth["ana"], json=body)
    assert r.status_code == 422, r.text
    assert words in str(r.json()["detail"])


def test_a_stale_version_is_409(setup):
    c, _, auth = setup
    e = _defection(c)
    seen = c.get(f"/api/events/{e['id']}").json()["version"]
    first = {"action": "correct", "slot": "count", "value": 10, "reason": "r", "expected_version": seen}
    assert c.post(f"/api/events/{e['id']}/reviews", headers=auth["ana"], json=first).status_code == 201
    second = {**first, "value": 12}
    r = c.post(f"/api/events/{e['id']}/reviews", headers=auth["single"], json=second)
    assert r.status_code == 409 and "changed" in r.json()["detail"]
    assert c.get(f"/api/events/{e['id']}").json()["count"] == 10


def test_unknown_event_or_review_is_404(setup):
    c, _, auth = setup
    assert c.post("/api/events/ev-nope/reviews", headers=auth["ana"], json={"action": "confirm"}).status_code == 404
    assert c.delete("/api/reviews/999", headers=auth["ana"]).status_code == 404


def test_a_rejected_event_leaves_the_list(setup):
    c, _, auth = setup
    e = _defection(c)
    r = c.post(f"/api/events/{e['id']}/reviews", headers=auth["ana"],
               json={"action": "reject", "value": "not-relevant", "reason": "a drill"})
    assert r.status_code == 201
    assert e["id"] not in [x["id"] for x in c.get("/api/events").json()["items"]]


def test_a_refused_merge_records_nothing(setup):
    from nkwatch.store.judgements import list_judgements

    c, db, auth = setup
    evs = c.get("/api/events").json()["items"]
    closure = next(e for e in evs if e["type"] == "closure")
    defection = next(e for e in evs if e["type"] == "defection")
    r = c.post("/api/merge", headers=auth["ana"], json={"a": closure["id"], "b": defection["id"]})
    assert r.status_code == 409      # different types: refused, nothing recorded
    assert [j for j in list_judgements(db) if j["made_by"] == "person"] == []


def test_the_dossier_page_shows_who_reviewed_and_the_history(setup):
    c, _, auth = setup
    e = _defection(c)
    c.post(f"/api/events/{e['id']}/reviews", headers=auth["ana"],
           json={"action": "correct", "slot": "city", "value": "Dandong", "reason": "named in <b>the</b> report"})
    c.post(f"/api/events/{e['id']}/reviews", headers=auth["single"], json={"action": "confirm", "reason": "two outlets"})
    page = c.get(f"/events/{e['id']}").text
    assert "reviewed by ana on" in page and "extracted: Qingport" in page
    history = page.split('id="history"', 1)[1]
    assert "corrected city to Dandong" in history and "named in &lt;b&gt;the&lt;/b&gt; report" in history
    assert "confirmed" in history and "person" in history and "two outlets" in history
    assert "confirmed by person on" in page


def test_the_review_queue_puts_doubt_first_and_drops_what_was_reviewed(setup):
    c, _, auth = setup
    q = c.get("/api/review-queue").json()
    assert q["reviewed"] == 0 and q["unreviewed"] == q["total"] == 3
    first = q["items"][0]
    assert "one source only" in first["why"]
    defection = next(x for x in q["items"] if x["type"] == "defection")   # two sources: least doubt
    assert q["items"][-1]["id"] == defection["id"]
    c.post(f"/api/events/{first['id']}/reviews", headers=auth["ana"], json={"action": "confirm"})
    q2 = c.get("/api/review-queue").json()
    assert first["id"] not in [x["id"] for x in q2["items"]] and q2["reviewed"] == 1
    page = c.get("/review").text
    assert "1 event reviewed, 2 not" in page and "one source only" in page
    assert c.get("/api/review-queue", params={"type": "sanction"}).json()["total"] == 1


def test_an_ingest_through_the_api_names_the_account_in_the_journal(setup):
    import sqlite3

    c, db, auth = setup
    r = c.post("/api/ingest", headers=auth["ana"], json={"text": "Three waitresses left a restaurant in Dandong.",
                                                          "doc_id": "by-ana-1"})
    assert r.status_code == 200, r.text
    sources = [s for (s,) in sqlite3.connect(db).execute("SELECT source FROM journal WHERE doc_id = 'by-ana-1'")]
    assert sources == ["api:ana:by-ana-1"]


def test_the_home_page_counts_the_reviewed_events(setup):
    c, _, auth = setup
    assert "0 of 3 events reviewed" in " ".join(c.get("/").text.split()).replace("<b>", "").replace("</b>", "")
    c.post(f"/api/events/{_defection(c)['id']}/reviews", headers=auth["ana"], json={"action": "confirm"})
    assert "1 of 3 events reviewed" in " ".join(c.get("/").text.split()).replace("<b>", "").replace("</b>", "")


def test_a_rejected_event_keeps_its_dossier_page_and_can_be_undone_there(setup):
    c, _, auth = setup
    e = _defection(c)
    r = c.post(f"/api/events/{e['id']}/reviews", headers=auth["ana"],
               json={"action": "reject", "value": "not-an-event", "reason": "a drill"})
    assert c.get(f"/api/events/{e['id']}").json()["rejected"] is True
    page = c.get(f"/events/{e['id']}").text
    assert "rejected by ana on" in page and "a drill" in page and "undo-review" in page
    c.delete(f"/api/reviews/{r.json()['review_id']}", headers=auth["ana"])
    assert e["id"] in [x["id"] for x in c.get("/api/events").json()["items"]]
    assert c.get("/events/ev-0000").status_code == 404


@pytest.mark.parametrize("headers", [{"Sec-Fetch-Site": "cross-site"}, {"Origin": "https://evil.example"},
                                     {"Origin": "null"}])
def test_a_cross_site_review_is_refused_even_with_an_editors_token(setup, headers):
    c, _, auth = setup
    e = _defection(c)
    r = c.post(f"/api/events/{e['id']}/reviews", headers={**auth["ana"], **headers}, json={"action": "confirm"})
    assert r.status_code == 403 and "cross-site" in r.json()["detail"]
    assert c.delete("/api/reviews/1", headers={**auth["ana"], **headers}).status_code == 403
    assert c.get("/api/reviews").json()["items"] == []
