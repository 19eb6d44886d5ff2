"""Every HTML route answers a person with a page: 404 for what is not there, 422 with the reason for a value
that cannot be used, 503 when the database cannot be read, and a 500 page (no traceback) for our own bugs.
The API keeps answering JSON."""

from __future__ import annotations

import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient

from kb_fixture import build_kb
from nkwatch.model import InputError
from nkwatch.serve.app import create_app
from nkwatch.serve.config import ServeConfig

HTML = {"accept": "text/html,application/xhtml+xml"}


@pytest.fixture(scope="module")
def kb_db(tmp_path_factory):
    return build_kb(tmp_path_factory.mktemp("errors") / "kb.db")


def _client(db) -> TestClient:
    app = create_app(ServeConfig(db=str(db), refresh_seconds=0))

    @app.get("/_test/validator-422")
    def refused_by_a_validator():
        # what a filter validator may raise: FastAPI's list of problems…
        raise HTTPException(422, [{"loc": ["query", "country"], "msg": "no country is called 'Chine'",
                                   "input": "Chine"}])

    @app.get("/_test/input-error")
    def refused_as_input():
        # …or the project's own InputError with a sentence
        raise InputError("date_from: '2016-13' is not a date (ISO 8601: 2016, 2016-04 or 2016-04-07)")

    @app.get("/_test/bug")
    def a_bug():
        raise RuntimeError("secret internals")

    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(kb_db):
    with _client(kb_db) as c:
        yield c


@pytest.mark.parametrize("path", ["/events/ev-nope", "/restaurants/rs-nope", "/articles/no-such-doc", "/nowhere"])
def test_missing_things_are_a_404_page(client, path):
    r = client.get(path, headers=HTML)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert 'data-status="404"' in r.text and "Not found" in r.text


@pytest.mark.parametrize("path, words", [
    ("/events?offset=-1", "offset: Input should be greater than or equal to 0"),
    ("/articles?offset=many", "offset: Input should be a valid integer"),
    ("/timeline?year=abc", "year: Input should be a valid integer"),
    ("/claims?all=perhaps", "all: Input should be a valid boolean"),
    ("/_test/validator-422", "country: no country is called &#39;Chine&#39;"),
    ("/_test/input-error", "date_from: &#39;2016-13&#39; is not a date"),
])
def test_a_value_that_cannot_be_used_is_a_422_page_with_the_reason(client, path, words):
    r = client.get(path, headers=HTML)
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert 'data-status="422"' in r.text
    assert words in r.text
    assert "start again without filters" in r.text


def test_the_api_keeps_answering_json(client):
    r = client.get("/api/events?offset=-1")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "offset"]
    r = client.get("/_test/validator-422", headers={"accept": "application/json"})
    assert r.status_code == 422 and r.json()["detail"][0]["msg"] == "no country is called 'Chine'"
    assert client.get("/api/events/ev-nope").json() == {"detail": "no such event"}   # (no request path echoed)


def test_a_bug_is_a_500_page_without_the_traceback(client):
    r = client.get("/_test/bug", headers=HTML)
    assert r.status_code == 500 and 'data-status="500"' in r.text
    assert "secret internals" not in r.text and "Traceback" not in r.text


@pytest.mark.parametrize("path", ["/", "/timeline", "/events", "/events/ev-x", "/restaurants", "/claims",
                                  "/articles", "/feeds/events.atom", "/feeds/events.json"])
def test_an_unreadable_database_is_a_503_page(tmp_path, path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database " * 100)
    with _client(junk) as c:
        r = c.get(path, headers=HTML)
    assert r.status_code == 503, r.text[:300]
    if path.startswith("/feeds"):
        return
    assert 'data-status="503"' in r.text and "cannot read its database" in r.text


@pytest.mark.parametrize("path", ["/timeline?type=&country=&year=", "/?type=&date_from=&date_to=",
                                  "/events?type=&status=&country=&restaurant=&date_from=&date_to=&q="])
def test_a_form_sent_with_its_empty_choices_is_no_filter_not_an_error(client, path):
    assert client.get(path, headers=HTML).status_code == 200


def test_an_events_map_answers_a_documented_404_without_echoing_the_id(client):
    # found by schemathesis (A12): an undocumented 404 that repeated the request's id
    r = client.get("/api/events/ev-nope-0/map.geojson")
    assert r.status_code == 404 and "ev-nope-0" not in r.text
    assert "404" in client.get("/openapi.json").json()["paths"]["/api/events/{event_id}/map.geojson"]["get"]["responses"]
