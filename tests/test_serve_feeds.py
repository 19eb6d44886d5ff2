"""The watch feeds: Atom and JSON Feed 1.1 that a feed parser reads back, with the events list's filters, each
entry linking to its dossier, and new and changed events first."""

from __future__ import annotations

import json

import feedparser
import pytest
from fastapi.testclient import TestClient

from kb_fixture import HOSTILE_TITLE, build_kb
from nkwatch.serve.app import create_app
from nkwatch.serve.config import ServeConfig


def _client(db) -> TestClient:
    return TestClient(create_app(ServeConfig(db=str(db), refresh_seconds=0)), base_url="http://nk.example")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with _client(build_kb(tmp_path_factory.mktemp("feeds") / "kb.db")) as c:
        yield c


def test_the_atom_feed_parses_and_links_each_entry_to_its_dossier(client):
    r = client.get("/feeds/events.atom")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "nkwatch: events"
    assert {link.rel: link.href for link in feed.feed.links}["self"] == "http://nk.example/feeds/events.atom"
    events = client.get("/api/events").json()["items"]
    assert len(feed.entries) == len(events) == 3
    for entry in feed.entries:
        assert entry.link.startswith("http://nk.example/events/ev-") and entry.id == entry.link
        assert entry.updated_parsed and entry.summary.startswith("When: ")
        assert client.get(entry.link.removeprefix("http://nk.example"),
                          headers={"accept": "text/html"}).status_code == 200
    # a title with markup in the sources stays text (feedgen escapes it)
    assert HOSTILE_TITLE not in r.text


def test_the_json_feed_is_json_feed_1_1(client):
    r = client.get("/feeds/events.json?type=defection")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/feed+json")
    feed = r.json()
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "nkwatch: events (type: defection)"
    assert feed["feed_url"] == "http://nk.example/feeds/events.json?type=defection"
    assert feed["home_page_url"] == "http://nk.example/events?type=defection"
    assert [i["_nkwatch"]["type"] for i in feed["items"]] == ["defection"]
    for item in feed["items"]:
        assert item["id"] == item["url"] and item["url"].startswith("http://nk.example/events/ev-")
        assert item["content_text"] and item["title"]
        assert item["date_modified"].endswith("Z")
    # what JSON Feed 1.1 requires of every item and of the feed (feedparser 6 reads no JSON Feed)
    assert all(isinstance(i["id"], str) and ("content_text" in i or "content_html" in i) for i in feed["items"])
    assert isinstance(feed["title"], str) and isinstance(feed["items"], list)


def test_feeds_take_the_event_lists_filters(client):
    for fmt in ("atom", "json"):
        for query, n in (("type=closure", 1), ("type=sanction", 1), ("country=CN", 1), ("country=KH", 1),
                         ("date_from=2020&date_to=2020", 1), ("q=waitresses", 1), ("country=MM", 0)):
            r = client.get(f"/feeds/events.{fmt}?{query}")
            entries = feedparser.parse(r.content).entries if fmt == "atom" else r.json()["items"]
            listed = client.get(f"/api/events?{query}").json()["items"]
            assert len(entries) == len(listed) == n, (fmt, query)


def test_new_and_changed_events_come_first(tmp_path, run_cli):
    db = build_kb(tmp_path / "kb.db")
    record = {"doc_id": "t-later-9", "title": "Restaurant in Northvale closes", "outlet": "Later Post",
              "published": "2022-03-03", "text": "The North Korean restaurant in Northvale, Russia, closed on "
                                                 "1 March 2022, its landlord said."}
    src = tmp_path / "later.jsonl"
    src.write_text(json.dumps(record) + "\n")
    with _client(db) as c:
        before = [e.link for e in feedparser.parse(c.get("/feeds/events.atom").content).entries]
    assert run_cli("ingest", str(src), db=tmp_path / "kb.db").returncode == 0
    with _client(db) as c:
        feed = feedparser.parse(c.get("/feeds/events.atom").content)
        dossier = c.get(feed.entries[0].link.removeprefix("http://nk.example") .replace("/events/", "/api/events/"))
    # the event the new article reports (a new one, or an old one it adds a source to) is on top
    assert "t-later-9" in {a["doc_id"] for a in dossier.json()["articles"]}
    assert len(feed.entries) == len(before) + 1 and feed.entries[0].link not in before
    assert feed.entries[0].updated_parsed >= feed.entries[1].updated_parsed


def test_the_events_page_links_to_its_feeds(client):
    page = client.get("/events?type=closure", headers={"accept": "text/html"}).text
    assert 'href="/feeds/events.atom?type=closure"' in page and 'href="/feeds/events.json?type=closure"' in page
    assert 'rel="alternate" type="application/atom+xml"' in page
