"""The JSON API over a small knowledge base, in process (FastAPI TestClient): filters, pagination, full-text
search, dossiers with evidence, restaurants, claims, articles with spans, and the token-guarded writes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from kb_fixture import build_kb
from nkwatch.serve.app import create_app
from nkwatch.serve.config import load_config

TOKEN = "api-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory):
    return build_kb(tmp_path_factory.mktemp("api") / "kb.db")


@pytest.fixture(scope="module")
def client(kb_path):
    app = create_app(load_config(kb_path, env={"NKWATCH_TOKEN": TOKEN}, refresh_seconds=0))
    with TestClient(app) as c:  # the lifespan builds the serving index
        yield c


def _types(resp) -> list[str]:
    assert resp.status_code == 200, resp.text
    return [e["type"] for e in resp.json()["items"]]


def test_events_newest_first(client):
    items = client.get("/api/events").json()["items"]
    assert [e["type"] for e in items] == ["closure", "defection", "sanction"]
    assert [e["date"] for e in items] == ["2020-06", "2019-02", "2017-08-05"]


@pytest.mark.parametrize("query, expected", [
    ("type=defection", ["defection"]),
    ("country=kh", ["closure"]),
    ("status=confirmed", ["closure", "defection"]),
    ("date_from=2019-01&date_to=2019-12", ["defection"]),
    ("date_from=2019-02-15", ["closure", "defection"]),   # a month-level date overlaps a day in it
    ("date_to=2018", ["sanction"]),
    ("q=Qingport", ["defection"]),
    ("q=Lantern", ["defection"]),                          # an outlet of the event's sources
    ("q=council resolution", ["sanction"]),
    ("type=closure&country=CN", []),
    ("country=CN&city=Qingport", ["defection"]),
    ("city=eastbay", ["closure"]),
])
def test_event_filters(client, query, expected):
    assert _types(client.get(f"/api/events?{query}")) == expected


def test_filter_by_restaurant(client):
    crane = next(r for r in client.get("/api/restaurants").json()["items"] if r["name"] == "Golden Crane")
    assert _types(client.get(f"/api/events?restaurant={crane['id']}")) == ["defection"]


def test_bad_filters_are_422_not_500(client):
    assert client.get("/api/events?type=party").status_code == 422
    assert client.get("/api/events?date_from=yesterday").status_code == 422
    assert client.get("/api/events?limit=0").status_code == 422
    assert client.get("/api/events?q=%22unbalanced").status_code == 200  # FTS syntax is taken literally


def test_pagination(client):
    first = client.get("/api/events?limit=2").json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    rest = client.get("/api/events?limit=2&offset=2").json()
    assert len(rest["items"]) == 1 and rest["next_offset"] is None
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in rest["items"])


def test_dossier_has_slots_sources_evidence_and_history(client):
    eid = client.get("/api/events?type=defection").json()["items"][0]["id"]
    d = client.get(f"/api/events/{eid}").json()
    assert d["sources"] == 2 and d["first_reported"]["outlet"] == "Harbour Times"
    assert [h["status"] for h in d["status_history"]] == ["reported", "confirmed"]
    assert d["slots"]["count"]["value"] == 9 and d["slots"]["count"]["support"] == 2
    assert [a["doc_id"] for a in d["articles"]] == ["t-harbour-1", "t-lantern-2"]
    spans = [s for m in d["mention_list"] for s in m["evidence"]]
    assert len(spans) == 2
    assert client.get("/api/events/ev-nope").status_code == 404


def test_restaurants_with_lifecycle(client):
    items = client.get("/api/restaurants").json()["items"]
    pine = next(r for r in items if r["name"] == "Blue Pine")
    assert [s["change"] for s in pine["lifecycle"]] == ["closed"] and pine["state"] == "closed"
    one = client.get(f"/api/restaurants/{pine['id']}").json()
    assert one["closed"] == "2020-06" and one["events"][0]["type"] == "closure"
    assert client.get("/api/restaurants?country=CN").json()["items"][0]["name"] == "Golden Crane"
    assert client.get("/api/restaurants/rs-nope").status_code == 404


def test_claims_contested(client):
    groups = client.get("/api/claims?contested=true").json()["items"]
    assert len(groups) == 1
    g = groups[0]
    assert g["metric"] == "restaurant_count" and g["contested"]
    assert sorted(f["value"] for f in g["figures"]) == [100, 130]
    assert {s["attributed_to"] for f in g["figures"] for s in f["sources"]} == {"Officials", "a think tank"}


def test_article_with_text_and_the_spans_facts_came_from(client):
    a = client.get("/api/articles/t-harbour-1").json()
    assert a["title"].startswith("Nine waitresses") and a["text"].startswith("QINGPORT")
    kinds = sorted(f["kind"] for f in a["facts"])
    assert kinds == ["claim", "event", "restaurant"]
    for f in a["facts"]:
        for s in f["spans"]:
            assert a["text"][s["start"]:s["end"]] == s["text"]
    event = next(f for f in a["facts"] if f["kind"] == "event")
    assert event["link"].startswith("/events/ev-")
    assert client.get("/api/articles/nope").status_code == 404
    found = client.get("/api/articles?q=ministry").json()["items"]
    assert [x["doc_id"] for x in found] == ["t-lantern-2"]


def test_timeline_and_map(client):
    months = client.get("/api/timeline").json()["months"]
    assert {(m["month"], m["type"]) for m in months} == {("2017-08", "sanction"), ("2019-02", "defection"),
                                                        ("2020-06", "closure")}
    def months(query):
        return {(m["month"], m["type"], m["n"]) for m in client.get(f"/api/timeline?{query}").json()["months"]}

    assert months("type=defection") == {("2019-02", "defection", 1)}
    assert months("date_to=2019") == {("2017-08", "sanction", 1), ("2019-02", "defection", 1)}
    assert months("country=KH&status=confirmed") == {("2020-06", "closure", 1)}
    assert months("q=Qingport") == {("2019-02", "defection", 1)}
    points = client.get("/api/map").json()
    assert len(points["restaurants"]) == 2 and len(points["events"]) == 2  # the sanction has no place


def test_merge_refused_across_types_then_merge_and_split(client, kb_path):
    items = {e["type"]: e["id"] for e in client.get("/api/events").json()["items"]}
    assert client.post("/api/merge", json={"a": items["closure"], "b": items["sanction"]}).status_code == 401
    r = client.post("/api/merge", json={"a": items["closure"], "b": items["sanction"]}, headers=AUTH)
    assert r.status_code == 409 and "different types" in r.json()["detail"]

    defection = items["defection"]
    r = client.post("/api/split", json={"event_id": defection}, headers=AUTH)
    assert r.status_code == 200, r.text
    after = client.get("/api/events?type=defection").json()["items"]
    assert len(after) == 2, "the split shows on the next read: the serving index was rebuilt"
    r = client.post("/api/merge", json={"a": after[0]["id"], "b": after[1]["id"]}, headers=AUTH)
    assert r.status_code == 200, r.text
    merged = client.get("/api/events?type=defection").json()["items"]
    assert len(merged) == 1 and merged[0]["sources"] == 2


def test_ingest_a_text_through_the_api(client):
    body = {"doc_id": "wire/2021/05/silver-lake",
            "title": "Staff of the Silver Lake restaurant in Westport reached Seoul",
            "outlet": "Test Wire", "published": "2021-05-02",
            "text": "Eight North Korean waitresses who worked at the Silver Lake restaurant in Westport, China, "
                    "defected and arrived in Seoul last month, the Unification Ministry said on Sunday."}
    assert client.post("/api/ingest", json=body).status_code == 401
    r = client.post("/api/ingest", json=body, headers=AUTH)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["status"] == "stored" and out["doc_id"] == "wire/2021/05/silver-lake"
    a = client.get(f"/api/articles/{out['doc_id']}").json()
    assert a["title"] == body["title"]
    page = client.get(f"/articles/{out['doc_id']}", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "Silver Lake" in page.text
    again = client.post("/api/ingest", json=body, headers=AUTH).json()
    assert again["status"] == "duplicate"
    assert client.post("/api/ingest", json={"title": "no text"}, headers=AUTH).status_code == 422


def test_ingest_of_a_private_address_is_refused_and_recorded(client, kb_path):
    r = client.post("/api/ingest", json={"url": "http://127.0.0.1:9/internal"}, headers=AUTH)
    assert r.status_code == 422
    assert "127.0.0.1" in r.json()["detail"]
    import sqlite3

    with sqlite3.connect(kb_path) as conn:
        reasons = [row[0] for row in conn.execute("SELECT reason FROM journal WHERE status = 'error'")]
    assert reasons, "the refused URL is in the journal"
