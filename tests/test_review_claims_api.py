"""Claim reviews through the API: an editor corrects a claim and it moves to its new group with who and when, undo
gives it back; a reader is refused (403), a revoked token (401); a bad value is 422 with the reason, a stale
version 409, an unknown claim 404; a URL ingested through the API names the account in the journal."""

from __future__ import annotations

import sqlite3

import pytest

from kb_fixture import build_kb
from nkwatch.store.accounts import revoke_user
from test_review_api import setup  # noqa: F401  (the same server, accounts ana (editor), rea (reader), single token)


def _source(c, value) -> dict:
    return next(s for g in c.get("/api/claims").json()["items"] for f in g["figures"] for s in f["sources"]
                if f["value"] == value)


def test_an_editor_corrects_a_claim_it_moves_and_undo_gives_it_back(setup):
    c, _, auth = setup
    before = c.get("/api/claims").json()
    assert [g["contested"] for g in before["items"]] == [True]
    s = _source(c, 100)
    r = c.post(f"/api/claims/{s['mention_id']}/reviews", headers=auth["ana"],
               json={"action": "correct", "slot": "scope", "value": "CN", "reason": "about China",
                     "expected_version": s["version"]})
    assert r.status_code == 201, r.text
    assert r.json()["made_by"] == "ana" and r.json()["claim_id"] == s["mention_id"]
    groups = {g["heading"]: g for g in c.get("/api/claims").json()["items"]}
    china = groups["Restaurant count · China · as of 2019"]
    assert not china["contested"] and china["reviewed_by"] == ["ana"]
    assert china["figures"][0]["sources"][0]["corrections"]["scope"]["extracted"] == "world"
    assert not groups["Restaurant count · world · as of 2019"]["contested"]
    one = c.get(f"/api/claims/{s['mention_id']}").json()
    assert one["scope"] == "CN" and [x["made_by"] for x in one["reviews"]] == ["ana"]
    assert [x["review_id"] for x in c.get("/api/reviews", params={"claim": s["mention_id"]}).json()["items"]] == \
        [r.json()["review_id"]]
    u = c.delete(f"/api/reviews/{r.json()['review_id']}", headers=auth["ana"])
    assert u.status_code == 200 and u.json()["claim_id"] == s["mention_id"]
    assert c.get("/api/claims").json() == before


def test_a_rejected_claim_leaves_the_groups_and_is_listed_on_request(setup):
    c, _, auth = setup
    s = _source(c, 130)
    r = c.post(f"/api/claims/{s['mention_id']}/reviews", headers=auth["single"],
               json={"action": "reject", "value": "not-relevant", "reason": "a different chain"})
    assert r.status_code == 201 and r.json()["made_by"] == "person"
    listed = c.get("/api/claims").json()
    assert "rejected" not in listed and s["mention_id"] not in str(listed)
    assert [x["claim_id"] for x in c.get("/api/claims", params={"rejected": "true"}).json()["rejected"]] == \
        [s["mention_id"]]
    assert c.get(f"/api/claims/{s['mention_id']}").json()["rejected"] is True


def test_a_reader_is_refused_and_a_revoked_token_stops(setup):
    c, db, auth = setup
    s = _source(c, 100)
    body = {"action": "reject", "value": "misread"}
    r = c.post(f"/api/claims/{s['mention_id']}/reviews", headers=auth["rea"], json=body)
    assert r.status_code == 403 and "reader" in r.json()["detail"]
    assert c.post(f"/api/claims/{s['mention_id']}/reviews", json=body).status_code == 401
    revoke_user(db, "ana")
    r = c.post(f"/api/claims/{s['mention_id']}/reviews", headers=auth["ana"], json=body)
    assert r.status_code == 401 and "revoked" in r.json()["detail"]
    cross = c.post(f"/api/claims/{s['mention_id']}/reviews", headers={**auth["single"], "Sec-Fetch-Site": "cross-site"},
                   json=body)
    assert cross.status_code == 403
    assert c.get("/api/reviews").json()["items"] == []


@pytest.mark.parametrize("body, words", [
    ({"action": "correct", "slot": "value", "value": -3, "reason": "r"}, "negative"),
    ({"action": "correct", "slot": "value", "value": "60–50", "reason": "r"}, "low to high"),
    ({"action": "correct", "slot": "value", "value": {"value": "x"}, "reason": "r"}, "must be a number"),
    ({"action": "correct", "slot": "value", "value": [1, 2, 3], "reason": "r"}, "two numbers"),
    ({"action": "correct", "slot": "scope", "value": "XQ", "reason": "r"}, "not a country"),
    ({"action": "correct", "slot": "metric", "value": "happiness", "reason": "r"}, "not a metric"),
    ({"action": "correct", "slot": "as_of", "value": "2999", "reason": "r"}, "future"),
    ({"action": "correct", "slot": "period", "value": 7, "reason": "r"}, "not a period"),
    ({"action": "correct", "slot": "value", "value": 90}, "say why"),
    ({"action": "reject", "value": "boring"}, "not a reason"),
    ({"action": "confirm"}, "reject"),
])
def test_values_a_claim_cannot_hold_are_422_with_the_reason(setup, body, words):
    c, _, auth = setup
    s = _source(c, 100)
    r = c.post(f"/api/claims/{s['mention_id']}/reviews", headers=auth["ana"], json=body)
    assert r.status_code == 422, r.text
    assert words in str(r.json()["detail"])


def test_a_stale_claim_version_is_409_and_an_unknown_claim_404(setup):
    c, _, auth = setup
    s = _source(c, 100)
    first = {"action": "correct", "slot": "value", "value": 110, "reason": "r", "expected_version": s["version"]}
    assert c.post(f"/api/claims/{s['mention_id']}/reviews", headers=auth["ana"], json=first).status_code == 201
    r = c.post(f"/api/claims/{s['mention_id']}/reviews", headers=auth["single"], json={**first, "value": 120})
    assert r.status_code == 409 and "changed" in r.json()["detail"]
    assert c.get(f"/api/claims/{s['mention_id']}").json()["value"] == 110
    assert c.post("/api/claims/cm-nope/reviews", headers=auth["ana"],
                  json={"action": "reject", "value": "misread"}).status_code == 404
    assert c.get("/api/claims/cm-nope").status_code == 404


def test_a_url_ingested_through_the_api_names_the_account_in_the_journal(setup):
    c, db, auth = setup
    url = "http://127.0.0.1:9/internal"     # refused by the fetcher's guard (a loopback address): no network
    assert c.post("/api/ingest", headers=auth["ana"], json={"url": url}).status_code == 422
    assert c.post("/api/ingest", headers=auth["single"], json={"url": url}).status_code == 422
    with sqlite3.connect(db) as conn:
        sources = [s for (s,) in conn.execute("SELECT source FROM journal WHERE source LIKE '%127.0.0.1:9%'"
                                              " ORDER BY id")]
    assert sources == [f"api:ana:{url}", url]


def test_a_fetched_url_is_stored_under_the_account_that_sent_it(tmp_path):
    """The write behind POST /api/ingest, with the fetcher's in-memory transport: the journal row and the article
    both name the account."""
    import httpx

    from nkwatch.ingest.fetch import Fetcher
    from nkwatch.serve.refresher import IndexRefresher
    from nkwatch.serve.writes import ingest_one

    db = build_kb(tmp_path / "kb.db")
    page = ("<html><head><title>Staff leave a restaurant</title></head><body><article><p>Twelve waitresses left "
            "the Silver Lake restaurant in Westport, China, last month, officials said on Tuesday.</p>"
            "</article></body></html>")

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, text=page, headers={"Content-Type": "text/html; charset=utf-8"})

    fetcher = Fetcher(transport=httpx.MockTransport(handle), min_interval=0,
                      resolver=lambda host, port: ["93.184.216.34"])
    url = "https://news.example/silver-lake"
    out = ingest_one(IndexRefresher(db), {"url": url}, "ana", fetcher=fetcher)
    assert out["status"] == "stored", out
    with sqlite3.connect(db) as conn:
        journal = conn.execute("SELECT source, status FROM journal WHERE doc_id = ?", (out["doc_id"],)).fetchall()
        stored = conn.execute("SELECT source, url FROM articles WHERE doc_id = ?", (out["doc_id"],)).fetchone()
    assert journal == [(f"api:ana:{url}", "ok")]
    assert stored == (f"api:ana:{url}", url)
